package dk.raaderum.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseFollowUpTest {

    private static final int K = Spells.KONTANTHJAELP;

    private static Histories oneWeekSpells() {
        return Spells.oneWeekSpells(); // the forecast: 1 person-week and 200 kr. a week
    }

    /** The case expects to save a quarter of a person-week and 50 kr. every week for a year. */
    private static CaseResult.ExpectedPath quarterWeekSaved() {
        double[] weeks = new double[52];
        double[] kroner = new double[52];
        Arrays.fill(weeks, 0.25);
        Arrays.fill(kroner, 50);
        return new CaseResult.ExpectedPath(weeks, kroner);
    }

    @Test
    void after_the_start_the_quarters_with_data_show_actual_against_expected_and_the_rest_have_no_data_yet() {
        // Start July 2025. Q3 2025 (July-September) holds the weeks whose Thursday falls in it: 2025-W27 (3 July) to
        // W39 (25 September), 13 weeks; Q4 W40-W52, 13 weeks, the register's last. Without the case: 13 person-weeks
        // and 13 x 200 = 2,600 kr. a quarter; with it 13 - 13 x 0.25 = 9.75 weeks and 2,600 - 650 = 1,950 kr.
        // Actual: 13 weeks and 2,600 kr. 2026's quarters are after the register: no actual figures yet.
        List<CaseFollowUp.Quarter> q = CaseFollowUp.of(oneWeekSpells(), K, YearMonth.of(2025, 7), quarterWeekSaved(), 1);
        assertThat(q).hasSize(4);
        CaseFollowUp.Quarter third = q.get(0);
        assertThat(third.from()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(third.withoutCaseWeeks()).isCloseTo(13, within(1e-9));
        assertThat(third.expectedWeeks()).isCloseTo(9.75, within(1e-9));
        assertThat(third.expectedDkk()).isCloseTo(1950, within(1e-9));
        assertThat(third.actualWeeks()).isCloseTo(13, within(1e-9));
        assertThat(third.actualDkk()).isCloseTo(2600, within(1e-9));
        assertThat(q.get(1).hasData()).isTrue();
        assertThat(q.get(2).hasData()).isFalse();
        assertThat(q.get(3).actualDkk()).isNull();
    }

    @Test
    void a_case_starting_after_the_register_has_no_data_in_any_quarter_but_an_expected_path() {
        List<CaseFollowUp.Quarter> q = CaseFollowUp.of(oneWeekSpells(), K, YearMonth.of(2026, 4), quarterWeekSaved(), 1);
        assertThat(q).noneMatch(CaseFollowUp.Quarter::hasData);
        // 2026-Q2: W14 (2 April) to W26 (25 June), 13 weeks forecast from the register's end: 9.75 with the case
        assertThat(q.get(0).expectedWeeks()).isCloseTo(9.75, within(1e-9));
    }
}
