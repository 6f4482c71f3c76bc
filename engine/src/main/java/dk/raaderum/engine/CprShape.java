package dk.raaderum.engine;

import java.text.Normalizer;

/**
 * Finds values that look like a Danish CPR number, so that personal data is refused before it is stored, and
 * masks them so that a message never echoes the number.
 *
 * <p>The detector is deliberately conservative. A value is CPR-shaped when, after
 * <ol>
 *   <li>Unicode NFKC normalisation (fullwidth {@code ０１０１９０} becomes {@code 010190}; any Unicode decimal
 *       digit counts as a digit), and</li>
 *   <li>removing the separators people write between the parts of a number: whitespace (space, tab,
 *       no-break space), dashes ({@code -}, and any Unicode dash or minus), {@code /} and {@code .},</li>
 * </ol>
 * it contains 10 consecutive digits whose first six form a plausible date {@code DDMMYY} (day 01–31, month
 * 01–12; the year is any two digits). The ten digits may sit anywhere in the value: {@code CPRDDMMYYSSSS},
 * {@code borger DDMMYY-SSSS}, {@code DDMMYY/SSSS}, {@code  DDMMYY SSSS }, a tab between the parts, all count
 * (D, M, Y and S standing for digits: no real or CPR-shaped number is written in the source).
 * The serial's modulus-11 check is not applied (numbers issued since 2007 need not pass it).
 *
 * <p>Not flagged: fewer than 10 digits in a row (an 8-digit CVR number, a phone number, {@code P0001234});
 * runs of 10 or more digits in which no 10-digit window starts with a valid {@code DDMMYY}
 * ({@code 9999999999}, {@code 0000000001}). Because separators are removed before matching, a date followed
 * by a number ({@code DD.MM.YYYY SSSS}) is flagged too: the detector would rather refuse a harmless value
 * than let a CPR number through.
 *
 * <p>Every method is thread-safe and free of Spring; the rest of the application (free-text fields, case
 * references) uses this one class.
 */
public final class CprShape {

    private static final int LENGTH = 10;

    private CprShape() {
    }

    /** True when the value contains a CPR-shaped number (see the class comment); false for null. */
    public static boolean containsCpr(CharSequence value) {
        if (value == null || !mayContain(value)) {
            return false;
        }
        return firstMatch(digitsOf(normalise(value))) >= 0;
    }

    /**
     * The value with every digit of each CPR-shaped number replaced by {@code *}, separators kept:
     * {@code DDMMYY-SSSS} becomes {@code ******-****}, {@code CPRDDMMYYSSSS} becomes {@code CPR**********}.
     * Other characters are left as they are (after NFKC normalisation). A value with no CPR-shaped number
     * comes back normalised but otherwise unchanged; null stays null.
     */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        String text = normalise(value);
        Digits digits = digitsOf(text);
        char[] out = text.toCharArray();
        boolean[] masked = new boolean[digits.count];
        for (int start = 0; start + LENGTH <= digits.count; start++) {
            if (isCprAt(digits, start)) {
                for (int i = start; i < start + LENGTH; i++) {
                    masked[i] = true;
                }
            }
        }
        for (int i = 0; i < digits.count; i++) {
            if (masked[i]) {
                out[digits.position[i]] = '*';
            }
        }
        return new String(out);
    }

    /** The value as it may be shown in a message: masked when it contains a CPR-shaped number. */
    public static String shown(String value) {
        return containsCpr(value) ? mask(value) : value;
    }

    /**
     * A cheap first look for plain ASCII values: without at least 10 ASCII digits there is nothing to find.
     * Any other character may normalise to one or more digits, so such values always get the full check.
     */
    private static boolean mayContain(CharSequence value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= LENGTH;
    }

    private static String normalise(CharSequence value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC);
    }

    /**
     * The digits of the text in order, with runs broken by any character that is neither a digit nor a
     * separator; {@code position} maps each digit back to its index in the text.
     */
    private record Digits(int[] value, int[] position, boolean[] joinsPrevious, int count) {
    }

    private static Digits digitsOf(String text) {
        int[] value = new int[text.length()];
        int[] position = new int[text.length()];
        boolean[] joinsPrevious = new boolean[text.length()];
        int count = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                value[count] = digit;
                position[count] = i;
                joinsPrevious[count] = inRun;
                count++;
                inRun = true;
            } else if (!isSeparator(c)) {
                inRun = false;
            }
        }
        return new Digits(value, position, joinsPrevious, count);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '/' || c == '.'
                || c == '\u2212' || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    private static int firstMatch(Digits digits) {
        for (int start = 0; start + LENGTH <= digits.count; start++) {
            if (isCprAt(digits, start)) {
                return start;
            }
        }
        return -1;
    }

    /** Ten digits from {@code start}, unbroken by other characters, starting with a valid DDMMYY. */
    private static boolean isCprAt(Digits digits, int start) {
        for (int i = start + 1; i < start + LENGTH; i++) {
            if (!digits.joinsPrevious[i]) {
                return false;
            }
        }
        int[] d = digits.value;
        int day = d[start] * 10 + d[start + 1];
        int month = d[start + 2] * 10 + d[start + 3];
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
