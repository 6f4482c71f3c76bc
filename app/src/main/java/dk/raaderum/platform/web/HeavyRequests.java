package dk.raaderum.platform.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code raaderum.heavy-requests.max} requests that compute a lot (values over many periods, benchmarks,
 * reports, table downloads, forecasts) run at once; the next waits briefly and is otherwise answered 503 with
 * Retry-After, so a burst cannot exhaust the memory of the server. Runs after Spring Security and the public page
 * cache (order -90), so an answer kept there needs no permit.
 */
@Component
@ConditionalOnWebApplication
@Order(-80)
class HeavyRequests extends OncePerRequestFilter {

    private static final Pattern HEAVY = Pattern.compile(
            "/api/v1/(values|benchmark)|/kommune/\\d+/rapport|/kommune/\\d+/plan/ugens-effekt|/api/v1/municipalities/\\d+/economy/.*"
                    + "|/kommune/\\d+/temperatur/.*/praesentation");

    private final Semaphore permits;

    HeavyRequests(@Value("${raaderum.heavy-requests.max:4}") int max) {
        this.permits = new Semaphore(max, true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HEAVY.matcher(path).matches() && request.getParameter("eksport") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "2");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"title\":\"Travlt\",\"status\":503,\"detail\":\"Serveren regner allerede på "
                    + "mange tunge forespørgsler. Prøv igen om et øjeblik.\"}");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
