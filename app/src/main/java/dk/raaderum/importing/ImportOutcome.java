package dk.raaderum.importing;

/** What an import did: either stored everything, or was rejected and changed nothing. */
public sealed interface ImportOutcome {

    record Imported(long importId, ImportSummary summary) implements ImportOutcome {
    }

    /** The input was refused; {@code message} names the file, the line and the field. */
    record Rejected(String message) implements ImportOutcome {
    }
}
