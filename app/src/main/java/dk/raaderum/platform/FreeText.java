package dk.raaderum.platform;

import java.util.Optional;

import dk.raaderum.engine.CprShape;

/**
 * The rule for every text a user or another system hands Råderum to keep (a case reference, a team, a goal, a
 * company's name, a meeting's themes): it may not hold anything shaped like a CPR number, however written, and has a
 * length limit. The message names the field and never repeats the number.
 */
public final class FreeText {

    private FreeText() {
    }

    /** Why the text cannot be kept, in Danish; empty when it can (a missing text is the caller's concern). */
    public static Optional<String> problem(String field, String text, int maxLength) {
        if (text == null) {
            return Optional.empty();
        }
        if (CprShape.containsCpr(text)) {
            return Optional.of(field + " ser ud til at indeholde et CPR-nummer. Råderum gemmer aldrig CPR-numre; "
                    + "brug jobcentrets egen sagsreference (et pseudonym), og skriv ingen personnumre i teksten.");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of(field + " må højst være " + maxLength + " tegn");
        }
        return Optional.empty();
    }

    /** The text trimmed, or null when it is missing or blank. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
