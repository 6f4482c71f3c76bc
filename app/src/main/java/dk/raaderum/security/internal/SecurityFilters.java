package dk.raaderum.security.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.CurrentUser;

/**
 * The filters and handlers around authentication: throttling of password guesses, HTTP Basic only over TLS, and
 * refusals (anonymous, forbidden, CSRF) written to the audit trail before the answer goes out.
 */
@Component
class SecurityFilters {

    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final boolean basicOverPlainHttp;

    SecurityFilters(LoginThrottle throttle, AuditTrail audit,
            @Value("${raaderum.security.allow-basic-over-http:false}") boolean basicOverPlainHttp) {
        this.throttle = throttle;
        this.audit = audit;
        this.basicOverPlainHttp = basicOverPlainHttp;
    }

    /** Refuses a login attempt from a locked account and address, or from an address that tries too often. */
    OncePerRequestFilter throttle() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<String> account = attemptedAccount(request);
                if (account.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                LoginThrottle.Decision decision = throttle.attempt(account.get(), request.getRemoteAddr());
                if (decision instanceof LoginThrottle.Decision.Allowed) {
                    chain.doFilter(request, response);
                    return;
                }
                String why = decision instanceof LoginThrottle.Decision.Locked
                        ? "Kontoen er midlertidigt låst fra din adresse efter for mange forkerte forsøg. Prøv igen om 15 minutter."
                        : "For mange loginforsøg fra din adresse. Vent et par minutter, og prøv igen.";
                if (isBasic(request)) {
                    response.setHeader("Retry-After", Long.toString(LoginThrottle.LOCK.toSeconds()));
                    problem(response, HttpStatus.TOO_MANY_REQUESTS, "For mange forsøg", why);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?laast");
                }
            }
        };
    }

    /** HTTP Basic sends the password with every request: only over TLS, on the loopback address, or when allowed. */
    OncePerRequestFilter basicOnlyOverTls() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isBasic(request) && !request.isSecure() && !basicOverPlainHttp && !loopback(request.getRemoteAddr())) {
                    audit.record(basicUser(request).orElse("anonym"), null, "login", request.getRequestURI(), "afvist",
                            "HTTP Basic uden TLS");
                    problem(response, HttpStatus.FORBIDDEN, "Kræver HTTPS",
                            "HTTP Basic sender adgangskoden med hver forespørgsel og tillades kun over HTTPS.");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, e) -> {
            audit.record("anonym", null, "adgang", request.getMethod() + " " + request.getRequestURI(), "afvist",
                    "ikke logget ind");
            response.setHeader("WWW-Authenticate", "Basic realm=\"Råderum\", charset=\"UTF-8\"");
            problem(response, HttpStatus.UNAUTHORIZED, "Login kræves",
                    "Log ind med HTTP Basic (over HTTPS) for at bruge denne del af API'et.");
        };
    }

    AuthenticationEntryPoint webEntryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            audit.record("anonym", null, "adgang", request.getMethod() + " " + request.getRequestURI(), "afvist",
                    "ikke logget ind");
            login.commence(request, response, e);
        };
    }

    AccessDeniedHandler accessDenied() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        return (request, response, e) -> {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            Optional<CurrentUser> user = CurrentUser.of(who);
            boolean csrf = e instanceof CsrfException;
            audit.record(user.map(CurrentUser::name).orElse("anonym"), user.flatMap(CurrentUser::municipality).orElse(null),
                    "adgang", request.getMethod() + " " + request.getRequestURI(), "afvist",
                    csrf ? "CSRF-token mangler eller er forkert" : "ingen adgang med brugerens rolle");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problem(response, HttpStatus.FORBIDDEN, "Ingen adgang", csrf
                        ? "Forespørgslen mangler et gyldigt CSRF-token." : "Din rolle giver ikke adgang til dette.");
            } else {
                page.handle(request, response, e);
            }
        };
    }

    /** The account a request tries to log in as: a login form post, or HTTP Basic. */
    private static Optional<String> attemptedAccount(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && path.equals("/login")) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return basicUser(request);
    }

    private static boolean isBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    static Optional<String> basicUser(HttpServletRequest request) {
        if (!isBasic(request)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(request.getHeader("Authorization").substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
