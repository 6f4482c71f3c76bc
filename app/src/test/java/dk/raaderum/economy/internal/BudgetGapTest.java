package dk.raaderum.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.raaderum.engine.IsoWeek;

class BudgetGapTest {

    @Test
    void the_gap_is_priced_in_full_time_persons_at_the_years_cost_per_person() {
        // expected 12 mio. kr. for 100 full-time persons: 120,000 kr. a person-year; 10 mio. budgeted: 2 mio. over,
        // 2,000,000 / 120,000 = 16.67 full-time persons fewer would close it
        BudgetGap gap = new BudgetGap(10e6, 12e6, 100);
        assertThat(gap.gapDkk()).isEqualTo(2e6);
        assertThat(gap.fullTimePersonsToClose()).isCloseTo(2e6 / 120_000, within(1e-9));
        assertThat(new BudgetGap(10e6, 0, 0).fullTimePersonsToClose()).isNaN();
    }

    @Test
    void the_years_outlook_of_one_person_who_stays_is_52_weeks_on_the_staircase() {
        // One person on kontanthjælp from 2023-W01 to the register's end 2025-W52, 1,000 kr. a week, never leaving:
        // from 2024 on the count is past 52 (tier 4, 80 %). The outlook for 2026 (asOf 2025-12): every week of 2026
        // at 800 kr. times the rate regulation 2025 -> 2026 of KTH-J (13,019 / 12,661); 2026 has 53 ISO weeks with
        // Thursdays from 1 Jan to 31 Dec; one full-time person.
        int first = IsoWeek.parse("2023-W01").index();
        int last = IsoWeek.parse("2025-W52").index();
        Histories h = new Histories(List.of(new Spells().run(Spells.KONTANTHJAELP, first, last - first + 1, 1000).person()),
                first, last, 1);
        YearOutlook outlook = YearOutlook.of(h, YearMonth.of(2025, 12));
        assertThat(outlook.year()).isEqualTo(2026);
        BudgetGap gap = outlook.against(40_000, List.of("kontanthjaelp"));
        assertThat(gap.expectedDkk()).isCloseTo(53 * 800 * 13_019.0 / 12_661, within(1e-6));
        assertThat(gap.fullTimePersons()).isCloseTo(1, within(1e-9));
    }
}
