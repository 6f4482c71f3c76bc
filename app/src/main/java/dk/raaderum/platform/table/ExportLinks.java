package dk.raaderum.platform.table;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Gives every page {@code ${export.href('id', 'xlsx')}}: the page's own address asking for one of its tables. */
@ControllerAdvice
class ExportLinks {

    /** The current page's path and query, to which the export parameters are added. */
    record Links(String page) {

        public String href(String table, String format) {
            return ServletUriComponentsBuilder.fromUriString(page)
                    .replaceQueryParam(TableDownloads.FORMAT, format)
                    .replaceQueryParam(TableDownloads.TABLE, table)
                    .build().toUriString();
        }
    }

    @ModelAttribute("export")
    Links links(HttpServletRequest request) {
        String query = request.getQueryString();
        return new Links(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
