package dk.raaderum.security.internal;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.CurrentUser;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;
import dk.raaderum.security.Role;

/** The access rule of {@link MunicipalityAccess}, read from the authorities every login method grants. */
@Component(MunicipalityAccess.BEAN)
class RoleBasedAccess implements MunicipalityAccess {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RoleBasedAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public boolean permits(Authentication authentication, int municipality, Need need) {
        Optional<CurrentUser> found = CurrentUser.of(authentication);
        if (found.isEmpty()) {
            return false;
        }
        CurrentUser user = found.get();
        if (user.network()) {
            return need == Need.READ && sharesWithNetwork(municipality);
        }
        if (!user.belongsTo(municipality)) {
            return false;
        }
        return switch (need) {
            case READ -> true;
            case CHANGE -> user.hasRole(Role.LEDER);
            case READ_INDIVIDUALS -> user.hasRole(Role.SAGSBEHANDLER) || user.hasRole(Role.ANALYTIKER)
                    || user.hasRole(Role.LEDER);
            case CHANGE_INDIVIDUALS -> user.hasRole(Role.SAGSBEHANDLER) || user.hasRole(Role.LEDER);
        };
    }

    @Override
    public void require(Authentication user, int municipality, Need need, String target) {
        if (!check(user, municipality, need, target)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, switch (need) {
                case READ -> "Du har ikke adgang til at læse kommunens styringsdokumenter";
                case CHANGE -> "Du har ikke adgang til at ændre kommunens styringsdokumenter";
                case READ_INDIVIDUALS, CHANGE_INDIVIDUALS -> "Du har ikke adgang til kommunens personoplysninger";
            });
        }
    }

    @Override
    public boolean reads(int municipality, String target) {
        return check(current(), municipality, Need.READ, target);
    }

    @Override
    public boolean changes(int municipality, String target) {
        return check(current(), municipality, Need.CHANGE, target);
    }

    @Override
    public boolean readsIndividuals(int municipality, String target) {
        return check(current(), municipality, Need.READ_INDIVIDUALS, target);
    }

    @Override
    public boolean changesIndividuals(int municipality, String target) {
        return check(current(), municipality, Need.CHANGE_INDIVIDUALS, target);
    }

    /** True when permitted; a refusal is written to the audit trail. An unknown municipality is 404. */
    private boolean check(Authentication user, int municipality, Need need, String target) {
        if (!jdbc.sql("select exists (select 1 from municipality where code = ?)").param(municipality)
                .query(Boolean.class).single()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Kommunekoden " + municipality + " findes ikke");
        }
        if (permits(user, municipality, need)) {
            return true;
        }
        audit.record(user == null || CurrentUser.of(user).isEmpty() ? "anonym" : user.getName(), municipality,
                need.danish(), "kommune " + municipality + ": " + target, "afvist", null);
        return false;
    }

    private static Authentication current() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    @Override
    public boolean sharesWithNetwork(int municipality) {
        return jdbc.sql("select shares from network_sharing where municipality_code = ?").param(municipality)
                .query(Boolean.class).optional().orElse(false);
    }

    @Override
    public void setSharing(int municipality, boolean shares, String changedBy) {
        jdbc.sql("""
                insert into network_sharing (municipality_code, shares, changed_by) values (?, ?, ?)
                on conflict (municipality_code) do update set shares = excluded.shares,
                    changed_by = excluded.changed_by, changed_at = now()""")
                .params(municipality, shares, changedBy).update();
        audit.record(changedBy, municipality, "ændr", "deling med netværket", "ok", shares ? "deler" : "deler ikke");
    }
}
