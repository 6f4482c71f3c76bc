package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one CPR-shape detector. CPR-shaped test values are built at run time from a date and a serial, so that
 * no CPR-shaped literal sits in the source.
 */
class CprShapeTest {

    private static final String DATE = date(1, 1, 90);
    private static final String SERIAL = String.valueOf(1234);

    /** Made at run time: a constant of two literals would be joined by the compiler. */
    private static String date(int day, int month, int year) {
        return String.format("%02d%02d%02d", day, month, year);
    }

    private static String fullwidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('\uFF10' + (c - '0'))));
        return out.toString();
    }

    @Test
    void every_spelling_of_issue_14_is_flagged() {
        assertThat(CprShape.containsCpr(DATE + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr(DATE + "-" + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr(DATE + " " + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr(DATE + "/" + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr(DATE + "\t" + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr("  " + DATE + "-" + SERIAL + " ")).isTrue();
        assertThat(CprShape.containsCpr("01.01." + 90 + "." + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr("CPR" + DATE + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr(fullwidth(DATE + SERIAL))).isTrue();
        assertThat(CprShape.containsCpr(fullwidth(DATE) + "\uFF0D" + fullwidth(SERIAL))).isTrue(); // fullwidth dash
        assertThat(CprShape.containsCpr("borger " + DATE + "-" + SERIAL + " har ringet")).isTrue();
        assertThat(CprShape.containsCpr(DATE + " \u2013 " + SERIAL)).isTrue();                  // en dash, spaces
        assertThat(CprShape.containsCpr(DATE + "\u00A0" + SERIAL)).isTrue();                    // no-break space
    }

    @Test
    void a_valid_date_of_birth_is_needed_at_the_start_of_the_ten_digits() {
        // day 01 and 31, month 01 and 12 are the edges that count
        assertThat(CprShape.containsCpr(date(31, 12, 99) + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr(date(1, 12, 0) + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr(date(32, 1, 90) + SERIAL)).isFalse();  // day 32
        assertThat(CprShape.containsCpr(date(0, 1, 90) + SERIAL)).isFalse();  // day 00
        assertThat(CprShape.containsCpr(date(1, 13, 90) + SERIAL)).isFalse();  // month 13
        assertThat(CprShape.containsCpr(date(1, 0, 90) + SERIAL)).isFalse();  // month 00
        assertThat(CprShape.containsCpr("9999999999")).isFalse();
        assertThat(CprShape.containsCpr("0000000001")).isFalse();
    }

    @Test
    void ten_digits_anywhere_in_a_longer_run_are_found() {
        // 12 digits: the windows at 0 and 1 start with day 99 and 90, the window at 2 is a valid date
        assertThat(CprShape.containsCpr("99" + DATE + SERIAL)).isTrue();
        assertThat(CprShape.containsCpr(DATE + SERIAL + "77")).isTrue();
    }

    @Test
    void values_without_ten_digits_in_a_row_are_not_flagged() {
        assertThat(CprShape.containsCpr("12345678")).isFalse();          // a CVR number: 8 digits
        assertThat(CprShape.containsCpr("P0001234")).isFalse();          // a pseudonym
        assertThat(CprShape.containsCpr("P000000123")).isFalse();        // 9 digits
        assertThat(CprShape.containsCpr(DATE + "-" + "123")).isFalse();   // a serial of 3 digits
        assertThat(CprShape.containsCpr(DATE + "x" + SERIAL)).isFalse();  // a letter breaks the number
        assertThat(CprShape.containsCpr("sag 2024-17 " + "uge 12")).isFalse();
        assertThat(CprShape.containsCpr("")).isFalse();
        assertThat(CprShape.containsCpr(null)).isFalse();
    }

    @Test
    void a_mask_shows_no_digit_of_the_number_and_keeps_the_rest() {
        assertThat(CprShape.mask(DATE + "-" + SERIAL)).isEqualTo("******-****");
        assertThat(CprShape.mask("CPR" + DATE + SERIAL)).isEqualTo("CPR**********");
        assertThat(CprShape.mask("borger " + DATE + " " + SERIAL + ", uge 12")).isEqualTo("borger ****** ****, uge 12");
        assertThat(CprShape.mask(fullwidth(DATE + SERIAL))).isEqualTo("**********");
        assertThat(CprShape.mask("P0001234")).isEqualTo("P0001234");
        assertThat(CprShape.mask(null)).isNull();
    }

    @Test
    void shown_masks_only_what_is_cpr_shaped() {
        assertThat(CprShape.shown("KTH-A")).isEqualTo("KTH-A");
        assertThat(CprShape.shown(DATE + SERIAL)).isEqualTo("**********");
    }
}
