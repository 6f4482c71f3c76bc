package dk.raaderum.register;

/** The result of reading a register's kept weeks: read, or refused with nothing passed on that counts. */
public sealed interface WeeksOutcome {

    /** {@code firstWeek} and {@code lastWeek} are week indices of the register's first and last week. */
    record Read(long persons, long keptWeeks, int firstWeek, int lastWeek) implements WeeksOutcome {
    }

    /** The register was refused; {@code message} names the file, the line and the field. */
    record Rejected(String message) implements WeeksOutcome {
    }
}
