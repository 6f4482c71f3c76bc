package dk.raaderum.platform;

import java.util.Optional;

/**
 * Keeps a spreadsheet from running what a CSV cell says. A cell that begins with {@code = + - @}, a tab or a
 * carriage return is prefixed with an apostrophe, as OWASP recommends for CSV injection, unless it is a number
 * (a negative figure such as "-0,4" stays a number).
 */
public final class CsvSafety {

    private CsvSafety() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        if (!dangerous || isNumber(text)) {
            return text;
        }
        return "'" + text;
    }

    private static boolean isNumber(String text) {
        String figure = text.strip();
        int space = figure.indexOf(' ');
        String number = space < 0 ? figure : figure.substring(0, space);
        Optional<Double> danish = StrictNumbers.parse(number, StrictNumbers.Style.DANISH);
        Optional<Double> plain = StrictNumbers.parse(number, StrictNumbers.Style.PLAIN);
        boolean unitOnly = space < 0 || figure.substring(space + 1).matches("[\\p{L}%. ]+");
        return (danish.isPresent() || plain.isPresent()) && unitOnly;
    }
}
