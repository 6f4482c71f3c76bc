package dk.raaderum.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void the_api_the_jobindsats_and_the_statistics_denmark_spellings_all_parse() {
        assertThat(Period.parse("2021-08")).isEqualTo(Period.month(2021, 8));
        assertThat(Period.parse("2021M08")).isEqualTo(Period.month(2021, 8));
        assertThat(Period.parse("2024-Q3")).isEqualTo(Period.quarter(2024, 3));
        assertThat(Period.parse("2024K3")).isEqualTo(Period.quarter(2024, 3));
        assertThat(Period.parse("2024")).isEqualTo(Period.year(2024));
    }

    @Test
    void a_period_prints_the_way_it_is_written_in_the_api() {
        assertThat(Period.quarter(2024, 3)).hasToString("2024-Q3");
        assertThat(Period.month(2021, 8)).hasToString("2021-08");
        assertThat(Period.year(2024)).hasToString("2024");
    }

    @Test
    void something_that_is_not_a_period_is_refused_with_a_danish_message() {
        assertThatThrownBy(() -> Period.parse("2024-13")).hasMessageContaining("er ikke en periode");
        assertThatThrownBy(() -> Period.parse("2024-Q5")).hasMessageContaining("er ikke en periode");
        assertThatThrownBy(() -> Period.parse("aug")).hasMessageContaining("er ikke en periode");
    }

    @Test
    void a_quarter_has_the_days_of_its_three_months() {
        Period q1leap = Period.quarter(2024, 1);
        assertThat(q1leap.days()).isEqualTo(31 + 29 + 31);
        assertThat(q1leap.months()).containsExactly(Period.month(2024, 1), Period.month(2024, 2), Period.month(2024, 3));
        assertThat(Period.year(2023).days()).isEqualTo(365);
    }

    @Test
    void through_lists_every_period_including_both_ends() {
        assertThat(Period.month(2023, 11).through(Period.month(2024, 2))).extracting(Period::toString)
                .containsExactly("2023-11", "2023-12", "2024-01", "2024-02");
    }

    @Test
    void the_period_containing_a_day_starts_at_the_periods_first_day() {
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 11, 22))).isEqualTo(Period.quarter(2026, 4));
    }

    @Test
    void danish_labels_use_abbreviated_months_and_quarters() {
        assertThat(Period.month(2021, 8).danish()).isEqualTo("aug. 2021");
        assertThat(Period.quarter(2026, 2).danish()).isEqualTo("2. kvt. 2026");
    }
}
