package dk.raaderum.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code ?eksport=csv|xlsx&tabel=ID} on any page downloads that page's table {@code ID}: the page is rendered as
 * usual (behind the same login and access checks, since this filter runs after Spring Security), and the table is
 * read from the HTML.
 */
@Component
class TableExportFilter extends OncePerRequestFilter {

    static final String FORMAT = "eksport";
    static final String TABLE = "tabel";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getParameter(FORMAT) == null || request.getParameter(TABLE) == null
                || request.getRequestURI().startsWith("/api/") || !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String format = request.getParameter(FORMAT);
        String id = request.getParameter(TABLE);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "eksport skal være csv eller xlsx");
            return;
        }
        ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, page);
        String type = page.getContentType();
        if (page.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith(MediaType.TEXT_HTML_VALUE)) {
            page.copyBodyToResponse();
            return;
        }
        Optional<TableExport.Table> table = TableExport.find(new String(page.getContentAsByteArray(), StandardCharsets.UTF_8), id);
        page.resetBuffer();
        if (table.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Siden har ingen tabel med id '" + id + "'");
            return;
        }
        byte[] body = format.equals("csv") ? TableExport.csv(table.get()) : TableExport.xlsx(table.get());
        response.setContentType(format.equals("csv") ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"raaderum-" + id.replaceAll("[^A-Za-z0-9-]", "") + "." + format + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
