package dk.raaderum.register;

/** The result of reading a register: aggregated, or rejected with nothing written. */
public sealed interface RegisterOutcome {

    /**
     * @param keptWeeks     person-weeks replayed through the ledger
     * @param droppedWeeks  same-week rows dropped because a benefit of higher priority was kept
     * @param ledgerSeconds time spent replaying rows through the ledger (reading and sorting excluded)
     */
    record Aggregated(long persons, long keptWeeks, long droppedWeeks, int outputRows, double ledgerSeconds)
            implements RegisterOutcome {
    }

    /** The input was refused; {@code message} names the file, the line and the field. No output exists. */
    record Rejected(String message) implements RegisterOutcome {
    }
}
