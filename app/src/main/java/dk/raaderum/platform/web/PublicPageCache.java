package dk.raaderum.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import dk.raaderum.platform.Caches;

/**
 * Keeps the answers every anonymous visitor gets (public pages and the public API), so a burst of readers costs a
 * lookup instead of a rendering each. The key carries the database's transaction snapshot, which moves on whenever
 * any process (this server, the command line, another server on the same database) commits a change, so an answer
 * is never older than the data behind it. Entries also expire after {@code raaderum.page-cache.seconds}, for the
 * sentences that speak of today's date; the cache ({@code public-answers}, Caffeine) is bounded by bytes. Runs after
 * Spring Security (order -100), so the visitor is known and the security headers are written on every answer; a
 * request with a login, a session or its own cookie passes by, and an answer that starts a session or sets a cookie
 * is not kept.
 */
@Component
@ConditionalOnWebApplication
@Order(-90)
class PublicPageCache extends OncePerRequestFilter {

    /** Downloads, forms with single-use codes and the login pass by. */
    private static final Pattern NEVER = Pattern.compile(
            "/(login|logout|svar|actuator|admin|css|js|webjars|images|oauth2)(/.*)?|/favicon\\.ico|.*\\.(pdf|csv|xlsx)");
    private static final int LARGEST_KEPT = 4 * 1024 * 1024;
    private static final Duration RENDER_WAIT = Duration.ofSeconds(10);
    /** Written by Spring Security on every answer, kept or not; a cookie is never replayed. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "content-security-policy",
            "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy",
            "strict-transport-security", "cache-control", "pragma", "expires", "x-xss-protection",
            "cross-origin-opener-policy", "cross-origin-embedder-policy", "cross-origin-resource-policy");

    static final String CACHE = "public-answers";

    private final JdbcClient jdbc;
    private final Cache answers;
    private final ConcurrentMap<Key, CompletableFuture<Kept>> inFlight = new ConcurrentHashMap<>();
    private final LongAdder renderings = new LongAdder();

    PublicPageCache(JdbcClient jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.answers = caches.getCache(CACHE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || NEVER.matcher(path).matches()
                || request.getParameter("eksport") != null || request.getParameter("format") != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.COOKIE) != null
                || request.getSession(false) != null || !anonymous()
                // inside a transaction what is read may not be committed yet, so it must not be kept
                || TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = new Key(databaseSnapshot(), request.getRequestURI(), request.getQueryString(),
                request.getHeader("HX-Request"), request.getHeader("HX-Target"), request.getHeader(HttpHeaders.ACCEPT));
        Kept kept = answers.get(key, Kept.class);
        if (kept != null) {
            kept.writeTo(response);
            return;
        }
        CompletableFuture<Kept> mine = new CompletableFuture<>();
        CompletableFuture<Kept> rendering = inFlight.putIfAbsent(key, mine);
        if (rendering != null) {
            // after a change, a burst of visitors waits for one rendering instead of all rendering at once
            Kept rendered = awaited(rendering);
            if (rendered != null) {
                rendered.writeTo(response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        try {
            mine.complete(renderAndKeep(key, request, response, chain));
        } finally {
            mine.complete(null);
            inFlight.remove(key, mine);
        }
    }

    private Kept renderAndKeep(Key key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        renderings.increment();
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        byte[] body = recording.getContentAsByteArray();
        Kept kept = null;
        if (recording.getStatus() == HttpServletResponse.SC_OK && body.length <= LARGEST_KEPT
                && !recording.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null
                && recording.getContentType() != null && !recording.containsHeader(HttpHeaders.CONTENT_DISPOSITION)) {
            kept = new Kept(recording.getContentType(), headersOf(recording), body);
            answers.put(key, kept);
        }
        recording.copyBodyToResponse();
        return kept;
    }

    private static Kept awaited(CompletableFuture<Kept> rendering) {
        try {
            return rendering.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** How many answers came from the cache, for the tests. */
    long hits() {
        return ((com.github.benmanes.caffeine.cache.Cache<?, ?>) answers.getNativeCache()).stats().hitCount();
    }

    /** How many answers were rendered to be kept, for the tests. */
    long renderings() {
        return renderings.sum();
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private String databaseSnapshot() {
        return jdbc.sql("select pg_current_snapshot()::text").query(String.class).single();
    }

    private static boolean anonymous() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || user instanceof AnonymousAuthenticationToken;
    }

    private record Key(String snapshot, String uri, String query, String htmx, String htmxTarget, String accept) {
    }

    private record Kept(String contentType, Map<String, List<String>> headers, byte[] body) {

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class AnswerCache {
        @Bean
        CacheManagerCustomizer<CaffeineCacheManager> publicAnswers(@Value("${raaderum.page-cache.seconds:60}") long seconds,
                @Value("${raaderum.page-cache.megabytes:64}") long megabytes) {
            return Caches.ofBytes(CACHE, megabytes * 1024 * 1024, kept -> ((Kept) kept).body().length + 200,
                    Duration.ofSeconds(seconds));
        }
    }
}
