package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void week_53_exists_only_in_years_that_have_it() {
        assertThat(IsoWeek.weeksIn(2020)).isEqualTo(53);
        assertThat(IsoWeek.weeksIn(2026)).isEqualTo(53);
        assertThat(IsoWeek.weeksIn(2024)).isEqualTo(52);
        assertThat(IsoWeek.parse("2020-W53").monday()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThatThrownBy(() -> IsoWeek.parse("2024-W53")).hasMessageContaining("kun 52 uger");
    }

    @Test
    void malformed_weeks_are_refused() {
        assertThatThrownBy(() -> IsoWeek.parse("2024-W00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2024W05")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2024-W5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void week_arithmetic_crosses_years_including_week_53() {
        IsoWeek last2020 = IsoWeek.parse("2020-W53");
        assertThat(last2020.plus(1)).isEqualTo(IsoWeek.parse("2021-W01"));
        assertThat(IsoWeek.parse("2021-W01").index() - IsoWeek.parse("2020-W52").index()).isEqualTo(2);
        assertThat(IsoWeek.ofIndex(IsoWeek.parse("2024-W05").index())).isEqualTo(IsoWeek.parse("2024-W05"));
    }

    @Test
    void a_week_is_split_over_months_by_its_weekdays() {
        // 2024-W05 runs Monday 29 January to Sunday 4 February: 3 weekdays in January, 2 in February
        int w = IsoWeek.parse("2024-W05").index();
        assertThat(MonthSplit.label(MonthSplit.firstMonth(w))).isEqualTo("2024-01");
        assertThat(MonthSplit.weekdaysInFirstMonth(w)).isEqualTo(3);
        // 2024-W09 runs 26 February to 3 March: 4 weekdays in February (26–29), 1 in March
        assertThat(MonthSplit.weekdaysInFirstMonth(IsoWeek.parse("2024-W09").index())).isEqualTo(4);
        assertThat(MonthSplit.weekdaysInFirstMonth(IsoWeek.parse("2024-W10").index())).isEqualTo(5);
        assertThat(MonthSplit.weekdays(2024 * 12 + 1)).isEqualTo(21); // February 2024
    }
}
