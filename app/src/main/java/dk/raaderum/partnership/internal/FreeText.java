package dk.raaderum.partnership.internal;

import java.util.Optional;

import dk.raaderum.engine.CprShape;

/** Checks a free-text field: required or not, not too long, and never holding a CPR-shaped number. */
final class FreeText {

    /** A field of a form: its name (as the form sends it), its label (as the form shows it) and its rules. */
    record Field(String name, String label, String text, int maxLength, boolean required) {
    }

    private FreeText() {
    }

    /** The first field that cannot be saved, as a refusal naming it. */
    static Optional<Change.Refused> check(Field... fields) {
        for (Field f : fields) {
            Optional<String> problem = problem(f.label(), f.text(), f.maxLength(), f.required());
            if (problem.isPresent()) {
                return Optional.of(Change.refused(f.name(), problem.get()));
            }
        }
        return Optional.empty();
    }

    /** Why the text cannot be saved, naming the field as the form does; empty when it can. */
    static Optional<String> problem(String label, String text, int maxLength, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? Optional.of("Feltet «" + label + "» skal udfyldes.") : Optional.empty();
        }
        if (CprShape.containsCpr(text)) {
            return Optional.of("Feltet «" + label + "» ser ud til at indeholde et CPR-nummer. Fjern det, og prøv "
                    + "igen: Råderum gemmer ikke CPR-numre.");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of("Feltet «" + label + "» må højst have " + maxLength + " tegn.");
        }
        return Optional.empty();
    }
}
