package dk.raaderum.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes logins and failed logins to the audit trail. */
@Component
class AuditListener {

    private final JdbcClient jdbc;

    AuditListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), "ok");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record(String.valueOf(event.getAuthentication().getName()), "afvist");
    }

    private void record(String user, String outcome) {
        jdbc.sql("insert into audit_event (username, action, target, outcome) values (?, 'login', 'raaderum', ?)")
                .params(user, outcome).update();
    }
}
