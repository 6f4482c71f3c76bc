package dk.raaderum.security.internal;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF handling (with BREACH protection), except that a token in the address is never accepted:
 * addresses end up in logs, browser history and Referer headers. The token must come in the header or the form body.
 */
final class NoTokenInQueryString implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        delegate.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (request.getHeader(token.getHeaderName()) == null && inQueryString(request, token.getParameterName())) {
            return null;
        }
        return delegate.resolveCsrfTokenValue(request, token);
    }

    private static boolean inQueryString(HttpServletRequest request, String parameter) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8).equals(parameter)) {
                return true;
            }
        }
        return false;
    }
}
