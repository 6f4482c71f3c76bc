package dk.raaderum.platform.table;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code ?eksport=csv|xlsx&tabel=ID} on a page's own address: the page's controller runs as usual (behind the same
 * login and access checks), and instead of rendering the page the {@link DataTable} with that id in its model is
 * written as a file. A table the page does not have is 404; another format is 400.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TableDownloads implements WebMvcConfigurer {

    static final String FORMAT = "eksport";
    static final String TABLE = "tabel";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView page) throws Exception {
                String format = request.getParameter(FORMAT);
                String id = request.getParameter(TABLE);
                if (format == null || id == null || page == null || !"GET".equals(request.getMethod())) {
                    return;
                }
                Optional<DataTable> table = find(page.getModel(), id, 0);
                if (table.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND, "Siden har ingen tabel med det navn");
                } else if (!format.equals("csv") && !format.equals("xlsx")) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "eksport skal være csv eller xlsx");
                } else {
                    byte[] body = format.equals("csv") ? TableFiles.csv(table.get()) : TableFiles.xlsx(table.get());
                    response.setContentType(format.equals("csv") ? "text/csv;charset=UTF-8" : TableFiles.XLSX);
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"raaderum-"
                            + id.replaceAll("[^A-Za-z0-9-]", "") + "." + format + "\"");
                    response.setContentLength(body.length);
                    response.getOutputStream().write(body);
                }
                page.clear(); // nothing more to render
            }
        });
    }

    /** The table with that id anywhere in the model: directly, in a collection or map, or in a record's fields. */
    static Optional<DataTable> find(Object value, String id, int depth) {
        if (value == null || depth > 4) {
            return Optional.empty();
        }
        if (value instanceof DataTable t) {
            return t.id().equals(id) ? Optional.of(t) : Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().map(v -> find(v, id, depth + 1)).flatMap(Optional::stream).findFirst();
        }
        if (value instanceof Iterable<?> many) {
            for (Object v : many) {
                Optional<DataTable> found = find(v, id, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true); // view records are usually package-private in a module's internal/
                    Optional<DataTable> found = find(accessor.invoke(value), id, depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a component that cannot be read holds no table the page could have shown
                }
            }
        }
        return Optional.empty();
    }
}
