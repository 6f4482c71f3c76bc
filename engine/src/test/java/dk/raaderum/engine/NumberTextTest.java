package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The output's numbers against the plain BigDecimal reading of the rule, on numbers chosen to hit every edge. */
class NumberTextTest {

    /** The rule as first written: integers as integers, otherwise BigDecimal rounded half up to nine decimals. */
    private static String reference(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).toPlainString();
    }

    private static void same(double value) {
        assertThat(NumberText.of(value)).as("%s", Double.toString(value)).isEqualTo(reference(value));
    }

    @Test
    void numbers_of_every_size_and_sign_are_written_as_the_big_decimal_rule_writes_them() {
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 25_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-13, 17));
            double value = random.nextDouble() * magnitude * (random.nextBoolean() ? 1 : -1);
            same(value);
            same(Math.round(value * 1e4) / 1e4); // short decimals, as sums of kroner are
            double bits = Double.longBitsToDouble(random.nextLong()) % 1e16; // any bit pattern that is a number
            if (Double.isFinite(bits)) {
                same(bits);
            }
        }
    }

    @Test
    void a_tenth_decimal_of_five_rounds_away_from_zero_and_carries_through_nines() {
        for (String text : new String[] {"0.0000000005", "0.0000000004999", "-0.0000000005", "-0.0000000004",
                "0.9999999995", "9.9999999995", "999999.9999999995", "-99.9999999995", "0.1234567895", "2.5E-10",
                "6.0E-10", "1.0E-5", "1.2345678901234E7", "1.0000000000000005E15", "4.4999999999999E15", "0.5",
                "123.000000000499", "-0.0000000000001", "9.9999999995E-4", "1.2345678901234567E20"}) {
            same(Double.parseDouble(text));
        }
        for (double value : new double[] {Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.MIN_NORMAL}) {
            same(value);
        }
        assertThat(NumberText.of(-4e-10)).isEqualTo("0.000000000");
        assertThat(NumberText.of(0.9999999995)).isEqualTo("1.000000000");
        assertThat(NumberText.of(-1.5)).isEqualTo("-1.500000000");
        assertThat(NumberText.of(1.0E-5)).isEqualTo("0.000010000");
        assertThat(NumberText.of(9.9999999995E-4)).isEqualTo("0.001000000");
    }

    @Test
    void integers_are_written_without_decimals_and_non_numbers_are_refused() {
        assertThat(NumberText.of(-0.0)).isEqualTo("0");
        assertThat(NumberText.of(1e15)).isEqualTo("1000000000000000.000000000");
        assertThat(NumberText.of(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThatThrownBy(() -> NumberText.of(Double.NaN)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> NumberText.of(Double.POSITIVE_INFINITY)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void municipality_codes_have_three_digits() {
        for (int code : new int[] {0, 7, 10, 99, 100, 575, 999}) {
            assertThat(NumberText.threeDigits(code)).isEqualTo(String.format("%03d", code));
        }
    }
}
