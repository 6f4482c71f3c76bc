package dk.raaderum.progression;

import java.util.Optional;

import dk.raaderum.platform.FreeText;

/**
 * The jobcentre's own reference for a citizen's case: the only key Råderum keeps for a person. It is a pseudonym, so
 * anything shaped like a CPR number is refused wherever it comes in (API, form, import).
 */
public final class CaseReference {

    public static final int MAX_LENGTH = 40;

    private CaseReference() {
    }

    /** Why the text cannot be a case reference, in Danish (never echoing it); empty when it can. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Sagsreferencen skal udfyldes");
        }
        Optional<String> free = FreeText.problem("Sagsreferencen", text, MAX_LENGTH);
        if (free.isPresent()) {
            return free;
        }
        if (!text.strip().matches("[\\p{L}\\p{N}._/-]+")) {
            return Optional.of("Sagsreferencen må kun have bogstaver, tal og tegnene . _ / -");
        }
        return Optional.empty();
    }
}
