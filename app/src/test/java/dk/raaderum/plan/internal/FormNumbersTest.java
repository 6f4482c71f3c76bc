package dk.raaderum.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormNumbersTest {

    @Test
    void danish_numbers_are_read_with_points_as_thousands_and_comma_as_decimals() {
        assertThat(FormNumbers.parse("1.234,5")).isEqualTo(1234.5);
        assertThat(FormNumbers.parse(" 12.000.000 ")).isEqualTo(12_000_000.0);
        assertThat(FormNumbers.parse("250,5")).isEqualTo(250.5);
        assertThat(FormNumbers.parse("-3")).isEqualTo(-3.0);
        assertThat(FormNumbers.parse("")).isNull();
    }

    @Test
    void an_ambiguous_or_foreign_number_is_refused_rather_than_guessed() {
        assertThat(FormNumbers.parse("2.5")).isNaN();
        assertThat(FormNumbers.parse("1.23,4")).isNaN();
        assertThat(FormNumbers.parse("mange")).isNaN();
    }

    @Test
    void a_team_line_without_a_number_gets_a_target_the_check_refuses() {
        assertThat(FormNumbers.teams("Team Nord; 120; A\n\nTeam Syd; ; B")).extracting(Drafts.TeamDraft::target)
                .containsExactly(120.0, Double.NaN);
    }
}
