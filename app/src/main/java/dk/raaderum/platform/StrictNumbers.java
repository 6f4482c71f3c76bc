package dk.raaderum.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way Råderum reads a number typed or written by someone else: an import file, a form field, a table.
 * The style is the file's or the form's, never guessed per value. Nothing loose is accepted: no exponents
 * ({@code 1e300}), no hexadecimal ({@code 0x1p3}), no suffixes ({@code 12d}), and in Danish style a point is only
 * ever a thousands separator in groups of three ({@code 1.5} is refused rather than read as 15 or 1,5).
 */
public final class StrictNumbers {

    /** How the source writes numbers. */
    public enum Style {
        /** "1.234,5" or "1234,5": comma for decimals, point only for thousands (Statistics Denmark, forms). */
        DANISH,
        /** "1234.5": point for decimals, no thousands separator (CSV for machines, the shipped extract). */
        PLAIN
    }

    /** Thousands in groups of three, separated by points or by (no-break) spaces, the same throughout. */
    private static final Pattern DANISH = Pattern.compile(
            "-?(\\d{1,3}(\\.\\d{3})+|\\d{1,3}([ \\u00a0\\u202f]\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int MAX_DIGITS = 18;

    private StrictNumbers() {
    }

    /**
     * The number, or empty when the text is not a number in that style. A leading '+', the Unicode minus and
     * spaces around the number are allowed.
     */
    public static Optional<Double> parse(String text, Style style) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('\u2212', '-');
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.isEmpty() || t.chars().filter(Character::isDigit).count() > MAX_DIGITS) {
            return Optional.empty();
        }
        return switch (style) {
            case DANISH -> DANISH.matcher(t).matches()
                    ? Optional.of(Double.parseDouble(t.replaceAll("[. \\u00a0\\u202f]", "").replace(',', '.')))
                    : Optional.empty();
            case PLAIN -> PLAIN.matcher(t).matches() ? Optional.of(Double.parseDouble(t)) : Optional.empty();
        };
    }

    /** What the style looks like, for messages: "et tal som 1.234,5" or "et tal som 1234.5". */
    public static String example(Style style) {
        return style == Style.DANISH ? "et tal som 1.234,5" : "et tal som 1234.5 (punktum som decimaltegn)";
    }
}
