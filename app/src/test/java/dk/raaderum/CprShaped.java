package dk.raaderum;

/**
 * CPR-shaped values for the tests that prove such values are refused and never echoed. They are made at run time
 * from numbers, so no CPR-shaped value is written in the sources, not even as a constant the compiler would join:
 * test data are pseudonyms only.
 */
public final class CprShaped {

    private CprShaped() {
    }

    /** The six digits of a date of birth, {@code DDMMYY}. */
    public static String date(int day, int month, int year) {
        return String.format("%02d%02d%02d", day, month, year);
    }

    /** A date of birth, the separator and a four-digit serial. */
    public static String of(int day, int month, int year, String separator, int serial) {
        return date(day, month, year) + separator + String.format("%04d", serial);
    }
}
