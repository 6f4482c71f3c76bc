package dk.raaderum.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import dk.raaderum.security.AuditTrail;

/** Writes logins and failed logins to the audit trail. */
@Component
class AuditListener {

    private final AuditTrail audit;

    AuditListener(AuditTrail audit) {
        this.audit = audit;
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
        audit.record(user, null, "login", "raaderum", outcome, null);
    }
}
