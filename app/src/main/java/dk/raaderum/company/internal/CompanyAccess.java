package dk.raaderum.company.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.CurrentUser;
import dk.raaderum.security.MunicipalityAccess;

/**
 * The company register (names, contacts, placements) is the municipality's own working data: only its own users read
 * it, never the network, even where the municipality shares its documents; the network sees the aggregate metrics.
 * For {@code @PreAuthorize("@companyAccess.ownReads(#code, '…')")}; a refusal is audited.
 */
@Component("companyAccess")
class CompanyAccess {

    private final MunicipalityAccess access;
    private final AuditTrail audit;

    CompanyAccess(MunicipalityAccess access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
    }

    public boolean ownReads(int code, String target) {
        if (!access.reads(code, target)) {
            return false;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (CurrentUser.of(auth).map(u -> u.belongsTo(code)).orElse(false)) {
            return true;
        }
        audit.record(auth == null ? "anonym" : auth.getName(), code, "læs", "kommune " + code + ": " + target, "afvist",
                "kun kommunens egne brugere");
        return false;
    }
}
