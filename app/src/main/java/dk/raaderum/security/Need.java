package dk.raaderum.security;

/** What a user wants to do with a municipality's own data. */
public enum Need {
    /** Read its steering documents (plan, goals, decisions, texts) and aggregates. */
    READ,
    /** Change its steering documents: the municipality's leder. */
    CHANGE,
    /** Read records about individual citizens: its sagsbehandlere, analytikere and leder. */
    READ_INDIVIDUALS,
    /** Record or change data about individual citizens: its sagsbehandlere and leder. */
    CHANGE_INDIVIDUALS;

    /** The verb written to the audit trail for a refused attempt. */
    public String danish() {
        return switch (this) {
            case READ -> "læs";
            case CHANGE -> "ændr";
            case READ_INDIVIDUALS -> "læs personoplysninger";
            case CHANGE_INDIVIDUALS -> "ændr personoplysninger";
        };
    }
}
