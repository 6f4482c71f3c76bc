package dk.raaderum.plan.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** Reads the fields of a draft, stopping at the first one that is wrong with a message naming it. */
final class DraftCheck {

    /** Thrown inside {@link SteeringService} only, and turned into {@link Saved.Invalid} there. */
    static final class Refused extends RuntimeException {
        final String field;

        Refused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private DraftCheck() {
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new Refused(field, "Feltet '" + FieldLabels.of(field) + "' skal udfyldes");
        }
        if (value.length() > 20_000) {
            throw new Refused(field, "Feltet '" + FieldLabels.of(field) + "' er for langt (højst 20.000 tegn)");
        }
        return value.strip();
    }

    static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? "" : text(field, value);
    }

    static double number(String field, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new Refused(field, "Feltet '" + FieldLabels.of(field) + "' skal være et tal");
        }
        return value;
    }

    static Double optionalShare(String field, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 100)) {
            throw new Refused(field, "Feltet '" + FieldLabels.of(field) + "' skal være en procent mellem 0 og 100");
        }
        return value;
    }

    static Double optionalAmount(String field, Double value) {
        if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
            throw new Refused(field, "Feltet '" + FieldLabels.of(field) + "' skal være et beløb på 0 kr. eller mere");
        }
        return value;
    }

    static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(text(field, value));
        } catch (DateTimeParseException e) {
            throw new Refused(field, "Feltet '" + FieldLabels.of(field) + "' skal være en måned som ÅÅÅÅ-MM, ikke '" + value + "'");
        }
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(text(field, value));
        } catch (DateTimeParseException e) {
            throw new Refused(field, "Feltet '" + FieldLabels.of(field) + "' skal være en dato som ÅÅÅÅ-MM-DD, ikke '" + value + "'");
        }
    }

    static <T> T choice(String field, String value, Function<String, Optional<T>> parse, String allowed) {
        return parse.apply(text(field, value))
                .orElseThrow(() -> new Refused(field, "Feltet '" + FieldLabels.of(field) + "' skal være en af: " + allowed));
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new Refused(field, message);
        }
    }
}
