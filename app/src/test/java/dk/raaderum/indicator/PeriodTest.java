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

    @Test
    void a_period_must_start_on_the_first_day_of_its_first_month() {
        assertThatThrownBy(() -> new Period(PeriodType.MONTH, LocalDate.of(2024, 3, 2)))
                .hasMessageContaining("er ikke første dag");
        assertThatThrownBy(() -> new Period(PeriodType.QUARTER, LocalDate.of(2024, 2, 1)))
                .hasMessageContaining("er ikke første dag");
        assertThatThrownBy(() -> new Period(PeriodType.YEAR, LocalDate.of(2024, 7, 1)))
                .hasMessageContaining("er ikke første dag");
        assertThat(new Period(PeriodType.QUARTER, LocalDate.of(2024, 10, 1))).isEqualTo(Period.quarter(2024, 4));
    }

    @Test
    void month_zero_and_month_thirteen_are_not_months_and_blank_text_is_not_a_period() {
        assertThatThrownBy(() -> Period.parse("2024-00")).hasMessageContaining("er ikke en periode");
        assertThat(Period.parse("2024-01")).isEqualTo(Period.month(2024, 1));
        assertThat(Period.parse("2024-12")).isEqualTo(Period.month(2024, 12));
        assertThat(Period.parse(" 2024k4 ")).isEqualTo(Period.quarter(2024, 4));
        assertThatThrownBy(() -> Period.parse(null)).hasMessageContaining("er ikke en periode");
    }

    @Test
    void the_period_containing_a_day_is_found_for_every_type() {
        LocalDate day = LocalDate.of(2026, 9, 30);
        assertThat(Period.containing(PeriodType.MONTH, day)).isEqualTo(Period.month(2026, 9));
        assertThat(Period.containing(PeriodType.QUARTER, day)).isEqualTo(Period.quarter(2026, 3));
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 10, 1))).isEqualTo(Period.quarter(2026, 4));
        assertThat(Period.containing(PeriodType.YEAR, day)).isEqualTo(Period.year(2026));
    }

    @Test
    void next_and_minus_step_by_whole_periods_across_year_ends() {
        assertThat(Period.quarter(2024, 4).next()).isEqualTo(Period.quarter(2025, 1));
        assertThat(Period.month(2024, 12).next()).isEqualTo(Period.month(2025, 1));
        assertThat(Period.quarter(2025, 1).minus(5)).isEqualTo(Period.quarter(2023, 4));
        assertThat(Period.month(2025, 2).minus(2)).isEqualTo(Period.month(2024, 12));
        assertThat(Period.year(2025).minus(0)).isEqualTo(Period.year(2025));
        assertThat(Period.quarter(2024, 2).endExclusive()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void through_a_single_period_is_that_period_and_mixed_types_are_refused() {
        assertThat(Period.quarter(2024, 2).through(Period.quarter(2024, 2))).containsExactly(Period.quarter(2024, 2));
        assertThat(Period.month(2024, 3).through(Period.month(2024, 2))).isEmpty();
        assertThatThrownBy(() -> Period.month(2024, 1).through(Period.quarter(2024, 1)))
                .hasMessageContaining("samme slags periode");
    }

    @Test
    void periods_sort_by_start_and_a_month_before_the_quarter_and_year_that_start_with_it() {
        assertThat(Period.month(2024, 1).compareTo(Period.quarter(2024, 1))).isNegative();
        assertThat(Period.year(2024).compareTo(Period.quarter(2024, 1))).isPositive();
        assertThat(Period.quarter(2024, 1).compareTo(Period.quarter(2024, 1))).isZero();
        assertThat(Period.month(2023, 12).compareTo(Period.year(2024))).isNegative();
        assertThat(Period.month(2024, 2).compareTo(Period.quarter(2024, 1))).isPositive();
    }

    @Test
    void every_type_has_a_danish_label_and_a_quarter_is_written_in_full_for_headings() {
        assertThat(Period.quarter(2026, 4).danish()).isEqualTo("4. kvt. 2026");
        assertThat(Period.year(2026).danish()).isEqualTo("2026");
        assertThat(Period.quarter(2026, 2).danishInFull()).isEqualTo("2. kvartal 2026");
        assertThat(Period.month(2021, 8).danishInFull()).isEqualTo("aug. 2021");
        assertThat(Period.year(2026).danishInFull()).isEqualTo("2026");
        assertThat(Period.quarter(2024, 1)).hasToString("2024-Q1");
        assertThat(Period.quarter(2024, 4)).hasToString("2024-Q4");
    }

    @Test
    void a_month_has_its_own_days_and_is_its_only_month() {
        assertThat(Period.month(2023, 2).days()).isEqualTo(28);
        assertThat(Period.month(2024, 2).days()).isEqualTo(29);
        assertThat(Period.month(2024, 4).months()).containsExactly(Period.month(2024, 4));
        assertThat(Period.year(2024).months()).hasSize(12).endsWith(Period.month(2024, 12));
    }
}
