package dk.raaderum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DanishFormatTest {

    @Test
    void numbers_use_a_point_for_thousands_and_a_comma_for_decimals() {
        assertThat(DanishFormat.number(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(DanishFormat.number(1234567.0, 0)).isEqualTo("1.234.567");
        assertThat(DanishFormat.number(3.25, 1)).isEqualTo("3,3");
    }

    @Test
    void a_missing_number_is_a_dash_and_never_zero() {
        assertThat(DanishFormat.number(null, 1)).isEqualTo("–");
    }

    @Test
    void a_tiny_negative_number_does_not_print_as_minus_zero() {
        assertThat(DanishFormat.number(-0.01, 1)).isEqualTo("0,0");
    }

    @Test
    void dates_are_written_as_22_nov_2026() {
        assertThat(DanishFormat.date(LocalDate.of(2026, 11, 22))).isEqualTo("22. nov. 2026");
        assertThat(DanishFormat.month(LocalDate.of(2021, 8, 1))).isEqualTo("aug. 2021");
    }
}
