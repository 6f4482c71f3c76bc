package dk.raaderum.engine;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds anything shaped like a Danish CPR number in a value, however it is written: after Unicode
 * normalisation (fullwidth digits become digits) and with separators removed, ten digits in a row whose first
 * six are a possible date (DDMMYY) count as a CPR number, also inside longer text ({@code CPR0101901234}).
 * Conservative on purpose: a pseudonym never needs ten such digits in a row.
 */
public final class CprShape {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-/.\\u00a0\\u2010-\\u2015]");
    private static final Pattern TEN_DIGITS = Pattern.compile("(?=(\\d{10}))");

    private CprShape() {
    }

    /** True when the value holds a CPR-shaped number anywhere. */
    public static boolean containsCpr(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String digits = SEPARATORS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll("");
        Matcher m = TEN_DIGITS.matcher(digits);
        while (m.find()) {
            String candidate = m.group(1);
            if (plausibleDate(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** A value safe to show in a message: every digit replaced by '*', so no number is echoed. */
    public static String mask(String value) {
        if (value == null) {
            return "";
        }
        String masked = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\d", "*");
        return masked.length() > 24 ? masked.substring(0, 24) + "…" : masked;
    }

    /**
     * The text as it may be shown or logged: every CPR-shaped number in it (however it is written) masked with '*',
     * the rest unchanged.
     */
    public static String redact(String text) {
        if (!containsCpr(text)) {
            return text;
        }
        char[] chars = Normalizer.normalize(text, Normalizer.Form.NFKC).toCharArray();
        boolean[] mask = new boolean[chars.length];
        for (int start = 0; start < chars.length; start++) {
            if (!Character.isDigit(chars[start])) {
                continue;
            }
            StringBuilder digits = new StringBuilder();
            int end = start;
            for (int i = start; i < chars.length && digits.length() < 10; i++) {
                if (Character.isDigit(chars[i])) {
                    digits.append(chars[i]);
                    end = i;
                } else if (!SEPARATORS.matcher(String.valueOf(chars[i])).matches()) {
                    break;
                }
            }
            if (digits.length() == 10 && plausibleDate(digits.toString())) {
                for (int i = start; i <= end; i++) {
                    mask[i] |= Character.isDigit(chars[i]);
                }
            }
        }
        for (int i = 0; i < chars.length; i++) {
            if (mask[i]) {
                chars[i] = '*';
            }
        }
        return new String(chars);
    }

    private static boolean plausibleDate(String tenDigits) {
        int day = Integer.parseInt(tenDigits.substring(0, 2));
        int month = Integer.parseInt(tenDigits.substring(2, 4));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
