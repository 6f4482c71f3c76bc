package dk.raaderum.security;

import org.springframework.security.core.Authentication;

/**
 * Who may read and change a municipality's own documents (plan, goals, decisions, texts):
 * its own users read; its leder changes; the network (KL) reads the municipalities that share with it.
 * Every refusal is written to the audit trail.
 */
public interface MunicipalityAccess {

    boolean permits(Authentication user, int municipality, Need need);

    /** Returns normally when permitted; otherwise records the attempt and throws 403 Forbidden. */
    void require(Authentication user, int municipality, Need need, String target);

    /** Whether the municipality lets the partnership network read its documents. */
    boolean sharesWithNetwork(int municipality);

    void setSharing(int municipality, boolean shares, String changedBy);
}
