package dk.raaderum.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_password_must_have_at_least_twelve_characters() {
        assertThat(PasswordPolicy.problem("Kort#kode1", "anna")).hasValueSatisfying(p -> assertThat(p).contains("12 tegn"));
        assertThat(PasswordPolicy.problem("Elleve#tegn", "anna")).isPresent();
        assertThat(PasswordPolicy.problem("Tolv#tegn-ok", "anna")).isEmpty();
    }

    @Test
    void a_long_but_common_password_is_refused() {
        assertThat(PasswordPolicy.problem("qwertyuiop123", "anna")).hasValueSatisfying(p -> assertThat(p).contains("almindelige"));
        assertThat(PasswordPolicy.problem("PASSWORD1234", "anna")).isPresent();
    }

    @Test
    void the_user_name_the_product_name_and_a_repeated_character_are_refused() {
        assertThat(PasswordPolicy.problem("anna.admin-2026!", "anna.admin")).isPresent();
        assertThat(PasswordPolicy.problem("raaderum2026", "anna")).isPresent();
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaa", "anna")).isPresent();
    }
}
