package dk.raaderum.platform;

import static dk.raaderum.platform.StrictNumbers.Style.DANISH;
import static dk.raaderum.platform.StrictNumbers.Style.PLAIN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrictNumbersTest {

    @Test
    void danish_numbers_use_a_comma_for_decimals_and_points_or_spaces_for_thousands() {
        assertThat(StrictNumbers.parse("1.234,5", DANISH)).hasValue(1234.5);
        assertThat(StrictNumbers.parse("1234,5", DANISH)).hasValue(1234.5);
        assertThat(StrictNumbers.parse("12 000 000", DANISH)).hasValue(12_000_000.0);
        assertThat(StrictNumbers.parse("-0,4", DANISH)).hasValue(-0.4);
        assertThat(StrictNumbers.parse("\u22120,4", DANISH)).hasValue(-0.4);
        assertThat(StrictNumbers.parse("+12", DANISH)).hasValue(12.0);
        assertThat(StrictNumbers.parse(" 1.234 ", DANISH)).hasValue(1234.0);
    }

    @Test
    void a_danish_point_that_is_not_a_thousands_separator_is_refused_rather_than_guessed_at() {
        assertThat(StrictNumbers.parse("1.5", DANISH)).isEmpty();
        assertThat(StrictNumbers.parse("12.34", DANISH)).isEmpty();
        assertThat(StrictNumbers.parse("1.23.456", DANISH)).isEmpty();
    }

    @Test
    void loose_forms_that_javas_parser_would_accept_are_refused_in_both_styles() {
        for (String loose : new String[] {"12d", "12f", "0x1p3", "1e300", "1E5", "NaN", "Infinity", "", "1,5,5", "½"}) {
            assertThat(StrictNumbers.parse(loose, DANISH)).as(loose).isEmpty();
            assertThat(StrictNumbers.parse(loose, PLAIN)).as(loose).isEmpty();
        }
    }

    @Test
    void plain_numbers_have_a_point_for_decimals_and_no_thousands_separator() {
        assertThat(StrictNumbers.parse("1.5", PLAIN)).hasValue(1.5);
        assertThat(StrictNumbers.parse("656", PLAIN)).hasValue(656.0);
        assertThat(StrictNumbers.parse("1,5", PLAIN)).isEmpty();
        assertThat(StrictNumbers.parse("1.234.567", PLAIN)).isEmpty();
    }

    @Test
    void more_than_eighteen_digits_is_not_a_figure_anyone_publishes() {
        assertThat(StrictNumbers.parse("1234567890123456789", PLAIN)).isEmpty();
        assertThat(StrictNumbers.parse("123456789012345678", PLAIN)).hasValue(123456789012345678.0);
    }
}
