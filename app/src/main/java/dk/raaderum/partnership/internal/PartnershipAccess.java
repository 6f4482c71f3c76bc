package dk.raaderum.partnership.internal;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.CurrentUser;
import dk.raaderum.security.Role;

/**
 * Who may see and change what belongs to a partnership rather than to one municipality (the network view, meetings):
 * the network (KL) and the users of its member municipalities see it; the network and the members' leders record
 * meetings. A refusal is written to the audit trail.
 */
@Component
class PartnershipAccess {

    private final AuditTrail audit;

    PartnershipAccess(AuditTrail audit) {
        this.audit = audit;
    }

    boolean sees(Partnership p, Authentication authentication) {
        Optional<CurrentUser> user = CurrentUser.of(authentication);
        return user.isPresent() && (user.get().network() || user.get().hasRole(Role.ADMINISTRATOR)
                || user.get().municipality().filter(p::hasMember).isPresent());
    }

    boolean changesMeetings(Partnership p, Authentication authentication) {
        Optional<CurrentUser> user = CurrentUser.of(authentication);
        return user.isPresent() && (user.get().network() && !user.get().hasRole(Role.POLITIKER)
                || user.get().hasRole(Role.LEDER) && user.get().municipality().filter(p::hasMember).isPresent());
    }

    void requireSees(Partnership p, Authentication user, String target) {
        require(sees(p, user), p, user, "læs", target);
    }

    void requireChangesMeetings(Partnership p, Authentication user, String target) {
        require(changesMeetings(p, user), p, user, "ændr", target);
    }

    private void require(boolean allowed, Partnership p, Authentication user, String action, String target) {
        if (allowed) {
            return;
        }
        Optional<CurrentUser> who = CurrentUser.of(user);
        audit.record(who.map(CurrentUser::name).orElse("anonym"), who.flatMap(CurrentUser::municipality).orElse(null),
                action, "partnerskab " + p.id() + ": " + target, "afvist", null);
        throw new ResponseStatusException(who.isEmpty() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                "Kun partnerskabets medlemmer og netværket har adgang");
    }
}
