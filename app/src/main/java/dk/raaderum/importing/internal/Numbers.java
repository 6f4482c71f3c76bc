package dk.raaderum.importing.internal;

import java.util.Set;

import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.StrictNumbers;

/**
 * A value cell of an import file: the publisher's marks for a missing value, a number in the file's own style
 * ({@link StrictNumbers}), and a check that the number is plausible for the indicator's unit.
 */
final class Numbers {

    private static final Set<String> MISSING = Set.of("", "..", ".", "-", "x", "null");
    /** More than Denmark's population; no count of persons or full-time persons can exceed it. */
    static final double MAX_PERSONS = 10_000_000;
    static final double MAX_KRONER = 1e13;

    private Numbers() {
    }

    static boolean isMissing(String text) {
        return text == null || MISSING.contains(text.trim().toLowerCase());
    }

    /** The value (null when the publisher marked it missing or suppressed); a bad one is an {@link InputProblem}. */
    static Double read(String file, long line, String field, String text, StrictNumbers.Style style, Unit unit) {
        if (isMissing(text)) {
            return null;
        }
        double value = StrictNumbers.parse(text, style).orElseThrow(() -> new InputProblem(file, line, field,
                "'" + shorten(text) + "' er ikke " + StrictNumbers.example(style)));
        String problem = implausible(value, unit);
        if (problem != null) {
            throw new InputProblem(file, line, field, "'" + shorten(text) + "' " + problem);
        }
        return value;
    }

    /** Why the value cannot be right for the unit, or null when it can. */
    static String implausible(double value, Unit unit) {
        if (value < 0) {
            return "er negativ; " + unit.danish() + " kan ikke være negative";
        }
        return switch (unit) {
            case ANTAL, FULDTIDSPERSONER, VIRKSOMHEDER -> value > MAX_PERSONS
                    ? "er større end Danmarks befolkning; højst " + DanishFormat.number(MAX_PERSONS, 0) + " " + unit.danish()
                    : null;
            case PROCENT -> value > 100 ? "er over 100 pct." : null;
            case KRONER -> value > MAX_KRONER ? "er urimeligt stort for et beløb i kroner" : null;
            case PR_TUSIND -> value > 1000 ? "er over 1.000 pr. 1.000" : null;
            case DAGE -> value > 3660 ? "er mere end ti år i dage" : null;
        };
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
