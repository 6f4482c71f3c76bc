package dk.raaderum.security.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;
import dk.raaderum.security.Role;

/** The access rule of {@link MunicipalityAccess}, read from the authorities {@link DatabaseUsers} grants. */
@Component
class RoleBasedAccess implements MunicipalityAccess {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RoleBasedAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public boolean permits(Authentication user, int municipality, Need need) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        Set<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.contains(DatabaseUsers.NETWORK)) {
            return need == Need.READ && sharesWithNetwork(municipality);
        }
        if (!authorities.contains(DatabaseUsers.municipalityAuthority(municipality))) {
            return false;
        }
        return need == Need.READ || authorities.contains(Role.LEDER.authority());
    }

    @Override
    public void require(Authentication user, int municipality, Need need, String target) {
        if (!permits(user, municipality, need)) {
            audit.record(user == null ? "anonym" : user.getName(), municipality,
                    need == Need.READ ? "læs" : "ændr", target, "afvist", null);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, need == Need.READ
                    ? "Du har ikke adgang til at læse kommunens styringsdokumenter"
                    : "Du har ikke adgang til at ændre kommunens styringsdokumenter");
        }
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
