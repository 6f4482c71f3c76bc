package dk.raaderum.importing.internal;

import java.util.Set;

/** Numbers in published statistics: Danish or plain decimals, and the publishers' marks for a missing value. */
final class Numbers {

    private static final Set<String> MISSING = Set.of("", "..", ".", "-", "x", "null");

    private Numbers() {
    }

    static boolean isMissing(String text) {
        return text == null || MISSING.contains(text.trim().toLowerCase());
    }

    /**
     * Parses "1.234,5" (Danish) or "1234.5" (plain); "1.234" is read as Danish thousands, which is what
     * Jobindsats writes (its shares never have three decimals). Throws NumberFormatException otherwise.
     */
    static double parse(String text, boolean danish) {
        String t = text.trim().replace("\u00a0", "").replace(" ", "");
        if (danish || t.contains(",") || t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "").replace(',', '.');
        }
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException(text);
        }
        return value;
    }
}
