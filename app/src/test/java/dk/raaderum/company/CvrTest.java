package dk.raaderum.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CvrTest {

    @Test
    void a_number_whose_weighted_digits_sum_to_a_multiple_of_eleven_is_valid() {
        // 99000007: 9·2 + 9·7 + 0 + 0 + 0 + 0 + 0·2 + 7·1 = 18 + 63 + 7 = 88 = 8·11
        assertThat(Cvr.valid("99000007")).isTrue();
        // 99000015: 18 + 63 + 1·2 + 5·1 = 88
        assertThat(Cvr.valid("99000015")).isTrue();
        // 12345674: 1·2 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 + 4·1 = 2+14+18+20+20+18+14+4 = 110 = 10·11
        assertThat(Cvr.valid("12345674")).isTrue();
        assertThat(Cvr.valid(" 12345674 ")).isTrue();
    }

    @Test
    void a_typo_in_one_digit_breaks_the_check() {
        // 12345675 sums to 111, 111 mod 11 = 1
        assertThat(Cvr.problem("12345675")).hasValueSatisfying(p -> assertThat(p).contains("modulus 11"));
        assertThat(Cvr.valid("99000008")).isFalse();
    }

    @Test
    void anything_but_eight_digits_not_starting_with_zero_is_refused() {
        assertThat(Cvr.problem("1234567")).hasValue("CVR-nummeret skal være 8 cifre");
        assertThat(Cvr.problem("123456789")).isPresent();
        assertThat(Cvr.problem("1234 5674")).isPresent();
        assertThat(Cvr.problem("ABCDEFGH")).isPresent();
        assertThat(Cvr.problem(null)).isPresent();
        // 00000000 sums to 0 but no CVR number begins with 0
        assertThat(Cvr.problem("00000000")).hasValue("CVR-nummeret kan ikke begynde med 0");
    }
}
