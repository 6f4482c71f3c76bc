package dk.raaderum.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import dk.raaderum.platform.StartupProgress;

/**
 * While the first start loads the data (readiness is not yet ACCEPTING_TRAFFIC), every page answers 503 with a
 * "Råderum indlæser data …" page showing the progress, and the API answers 503 as problem details, instead of pages
 * with "ingen data" and logins that fail because the users do not exist yet. Health checks and static files pass.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LoadingGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final StartupProgress progress;

    LoadingGate(ApplicationAvailability availability, StartupProgress progress) {
        this.availability = availability;
        this.progress = progress;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || path.startsWith("/actuator/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StartupProgress.Step step = progress.current();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Råderum indlæser data\",\"status\":503,\"detail\":\"Prøv igen om lidt ("
                    + step.percent() + " % af " + step.task().replace("\"", "'") + ").\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="3"><title>Råderum indlæser data</title>
                <link rel="stylesheet" href="/css/raaderum.css"></head><body>
                <main id="indhold"><h1>Råderum indlæser data …</h1>
                <p>Første start indlæser de offentlige tal og det syntetiske demoregister. Siden opdaterer sig selv.</p>
                <p><label for="fremdrift">%s</label><br><progress id="fremdrift" max="100" value="%d">%d %%</progress> %d %%</p>
                </main></body></html>""".formatted(HtmlUtils.htmlEscape(step.task()), step.percent(), step.percent(),
                step.percent()));
    }
}
