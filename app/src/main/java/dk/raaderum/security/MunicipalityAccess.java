package dk.raaderum.security;

import org.springframework.security.core.Authentication;

/**
 * Who may read and change a municipality's own data. Its own users read its steering documents; its leder changes
 * them; the network (KL) reads the municipalities that share with it. Records about individual citizens are read
 * only by the municipality's sagsbehandlere, analytikere and leder, and changed by its sagsbehandlere and leder;
 * the network never sees them. Every refusal is written to the audit trail.
 *
 * <p>Controllers declare the rule with an annotation, e.g. {@code @PreAuthorize("@access.reads(#code, 'mål')")};
 * the bean is named {@value #BEAN}.
 */
public interface MunicipalityAccess {

    String BEAN = "access";

    boolean permits(Authentication user, int municipality, Need need);

    /** Returns normally when permitted; otherwise records the attempt and throws 403 Forbidden. */
    void require(Authentication user, int municipality, Need need, String target);

    /** For {@code @PreAuthorize}: true when the current user may read; a refusal is audited. 404 for no such municipality. */
    boolean reads(int municipality, String target);

    boolean changes(int municipality, String target);

    boolean readsIndividuals(int municipality, String target);

    boolean changesIndividuals(int municipality, String target);

    /** Whether the municipality lets the partnership network read its documents. */
    boolean sharesWithNetwork(int municipality);

    void setSharing(int municipality, boolean shares, String changedBy);
}
