package dk.raaderum.security.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.CurrentUser;

/**
 * Writes logins and failed logins to the audit trail with the user's municipality (so its leder sees them), and
 * tells the throttle. A browser login is written each time; an API client's HTTP Basic login, which happens on
 * every request, at most once an hour per user and address.
 */
@Component
class AuditListener {

    private final AuditTrail audit;
    private final LoginThrottle throttle;
    private final JdbcClient jdbc;
    private final Cache<String, Boolean> recentBasicLogins = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

    AuditListener(AuditTrail audit, LoginThrottle throttle, JdbcClient jdbc) {
        this.audit = audit;
        this.throttle = throttle;
        this.jdbc = jdbc;
    }

    @EventListener
    void interactive(InteractiveAuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        throttle.succeeded(who.getName(), address(who));
        audit.record(who.getName(), municipalityOf(who), "login", "raaderum", "ok", null);
    }

    /** Non-interactive successes are HTTP Basic requests (browser logins also publish the interactive event). */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        if (!basicRequest()) {
            return;
        }
        throttle.succeeded(who.getName(), address(who));
        String key = who.getName() + "@" + address(who);
        if (recentBasicLogins.asMap().putIfAbsent(key, Boolean.TRUE) == null) {
            audit.record(who.getName(), municipalityOf(who), "login", "api", "ok", "HTTP Basic (højst én post i timen)");
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication who = event.getAuthentication();
        String name = String.valueOf(who.getName());
        throttle.failed(name, address(who));
        audit.record(name, knownMunicipality(name), "login", "raaderum", "afvist",
                event.getException().getClass().getSimpleName());
    }

    private static boolean basicRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && SecurityFilters.basicUser(attributes.getRequest()).isPresent();
    }

    private static String address(Authentication who) {
        return who.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "ukendt";
    }

    private Integer municipalityOf(Authentication who) {
        return CurrentUser.of(who).flatMap(CurrentUser::municipality).orElse(null);
    }

    private Integer knownMunicipality(String username) {
        return jdbc.sql("select municipality_code from app_user where username = ?").param(username)
                .query((rs, n) -> (Integer) rs.getObject(1)).optional().orElse(null);
    }
}
