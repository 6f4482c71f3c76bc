package dk.raaderum.engine;

import java.math.BigDecimal;

/**
 * Numbers in the engine's CSV output: exact integers as integers, everything else with nine decimals, as
 * {@code BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).toPlainString()} writes them. That is
 * done here on the digits of {@link Double#toString} (the text {@code BigDecimal.valueOf} reads), without the
 * BigDecimal, because an aggregate writes close to a million numbers.
 */
public final class NumberText {

    private static final int DECIMALS = 9;

    private NumberText() {
    }

    public static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (!Double.isFinite(value)) {
            return BigDecimal.valueOf(value).toPlainString(); // refused (NumberFormatException), as BigDecimal does
        }
        return nineDecimals(Double.toString(value));
    }

    /** Municipality codes are written with three digits ("040"). */
    public static String threeDigits(int code) {
        if (code >= 0 && code < 10) {
            return "00" + code;
        }
        if (code >= 10 && code < 100) {
            return "0" + code;
        }
        return code >= 100 ? Integer.toString(code) : String.format("%03d", code);
    }

    /**
     * {@code text} is {@link Double#toString}'s: "-123.456" or "1.2345E-5". Its digits are rounded half up (away
     * from zero) at the ninth decimal, and a result of zero has no sign, as BigDecimal has no negative zero.
     */
    private static String nineDecimals(String text) {
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int e = text.indexOf('E');
        int end = e < 0 ? text.length() : e;
        int exponent = e < 0 ? 0 : Integer.parseInt(text, e + 1, text.length(), 10);
        // the mantissa's digits without the point, and where the point goes among them
        byte[] mantissa = new byte[end - start];
        int count = 0;
        int point = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                point = count;
            } else {
                mantissa[count++] = (byte) (c - '0');
            }
        }
        point = (point < 0 ? count : point) + exponent;
        // the number's digit k (k = 0 is the first integer digit, or the first decimal of a number below one) is
        // mantissa[k - shift], zero outside it, and is kept in digits[k + 1]: digits[0] takes a carry
        int integerDigits = Math.max(point, 0);
        int length = integerDigits + DECIMALS;
        byte[] digits = new byte[length + 1];
        int shift = integerDigits - point; // leading zeros of a number below one
        for (int k = 0; k < count; k++) {
            int at = k + shift;
            if (at < length) {
                digits[at + 1] = mantissa[k];
            }
        }
        int firstDropped = length - shift;
        if (firstDropped >= 0 && firstDropped < count && mantissa[firstDropped] >= 5) {
            int at = length;
            while (digits[at] == 9) {
                digits[at--] = 0;
            }
            digits[at]++;
        }
        return written(negative, digits, integerDigits + 1);
    }

    /** {@code digits} with the point after {@code integerEnd} of them, without leading zeros before the point. */
    private static String written(boolean negative, byte[] digits, int integerEnd) {
        int first = 0;
        while (first < integerEnd - 1 && digits[first] == 0) {
            first++;
        }
        boolean zero = true;
        for (byte d : digits) {
            zero &= d == 0;
        }
        StringBuilder out = new StringBuilder(digits.length + 2);
        if (negative && !zero) {
            out.append('-');
        }
        for (int i = first; i < digits.length; i++) {
            if (i == integerEnd) {
                out.append('.');
            }
            out.append((char) ('0' + digits[i]));
        }
        return out.toString();
    }
}
