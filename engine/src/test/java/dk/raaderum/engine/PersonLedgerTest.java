package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The refusion ledger of spec § 2, on hand-made spells, through the call production uses ({@code nextTier}). */
class PersonLedgerTest {

    private final PersonLedger ledger = new PersonLedger();

    private static int w(String week) {
        return IsoWeek.parse(week).index();
    }

    /** A covered week: its count (0 when not covered) and tier. */
    private int[] covered(int week) {
        int tier = ledger.nextTier(week, true);
        return new int[] {ledger.count(), tier};
    }

    private int countOf(int week) {
        return covered(week)[0];
    }

    private void support(int week) {
        assertThat(ledger.nextTier(week, false)).isZero();
    }

    @Test
    void the_tiers_change_after_weeks_4_26_and_52_of_the_count() {
        ledger.startPerson();
        int start = w("2023-W01");
        int[] tier = new int[61];
        for (int count = 1; count <= 60; count++) {
            int[] got = covered(start + count - 1);
            assertThat(got[0]).as("count").isEqualTo(count);
            tier[count] = got[1];
        }
        // spec § 2 step 4, each edge from both sides: 1 when count <= 4, 2 when <= 26, 3 when <= 52, otherwise 4
        assertThat(new int[] {tier[1], tier[4], tier[5], tier[26], tier[27], tier[52], tier[53], tier[60]})
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
        for (int count = 1; count <= 60; count++) {
            assertThat(tier[count]).as("count %d", count).isEqualTo(count <= 4 ? 1 : count <= 26 ? 2 : count <= 52 ? 3 : 4);
        }
    }

    @Test
    void the_worked_example_restarts_after_exactly_52_weeks_of_self_support() {
        ledger.startPerson();
        for (int i = 0; i < 30; i++) {
            assertThat(covered(w("2024-W01") + i)).containsExactly(i + 1, i < 4 ? 1 : i < 26 ? 2 : 3);
        }
        // no rows 2024-W31 … 2025-W30: 52 weeks of self-support
        assertThat(covered(w("2025-W31"))).containsExactly(1, 1);
    }

    @Test
    void fifty_one_weeks_of_self_support_do_not_restart_the_count() {
        ledger.startPerson();
        for (int i = 0; i < 30; i++) {
            covered(w("2024-W01") + i);
        }
        assertThat(covered(w("2025-W30"))).containsExactly(31, 3);
    }

    @Test
    void support_outside_the_rules_inside_a_gap_is_not_self_support() {
        ledger.startPerson();
        covered(w("2024-W01"));
        // one week of wage-subsidised work (scheme none) in the middle of a 52-week gap
        support(w("2024-W30"));
        assertThat(ledger.count()).isEqualTo(1);
        // 2024-W02 … 2025-W01 holds 52 weeks, one of them supported: only 51 of self-support
        assertThat(countOf(w("2025-W02"))).isEqualTo(2);
        // and a later covered week with 52 self-supported weeks after the last support restarts
        assertThat(countOf(w("2026-W03"))).isEqualTo(1);
    }

    @Test
    void self_support_is_only_counted_after_the_week_the_count_started() {
        ledger.startPerson();
        // the person is first seen on a covered week; earlier history is unknown and does not count
        covered(w("2023-W40"));
        assertThat(countOf(w("2023-W41"))).isEqualTo(2);
    }

    @Test
    void self_support_weeks_add_up_even_when_they_are_not_consecutive() {
        ledger.startPerson();
        int start = w("2020-W01");
        covered(start);
        // covered every other week: at week start + 2k there are k self-supported weeks since the start
        for (int k = 1; k < 52; k++) {
            assertThat(countOf(start + 2 * k)).isEqualTo(k + 1);
        }
        // at start + 104: 52 self-supported weeks (start + 1, + 3, …, + 103)
        assertThat(countOf(start + 104)).isEqualTo(1);
    }

    @Test
    void self_support_older_than_156_weeks_does_not_count() {
        ledger.startPerson();
        int start = w("2020-W01");
        covered(start);                                  // count 1
        for (int v = start + 41; v <= start + 160; v++) { // 40 weeks of self-support, then 120 covered
            covered(v);
        }
        // 15 more weeks of self-support; 55 in all since the start, but only 21 + 15 = 36 in the last 156 weeks
        assertThat(countOf(start + 176)).isEqualTo(122);
    }

    /**
     * 52 weeks of self-support right after the start (s+1 … s+52), then only support outside the rules.
     * At a covered week w the window is max(s+1, w−156) … w−1: at w = s+157 it starts at s+1 and holds all 52
     * weeks (restart); at w = s+158 it starts at s+2 and holds 51 (no restart).
     */
    @Test
    void the_look_back_window_is_156_weeks_on_either_side_of_its_edge() {
        int start = w("2020-W10");
        for (int[] c : new int[][] {{157, 1}, {158, 2}}) {
            ledger.startPerson();
            covered(start);
            for (int v = start + 53; v < start + c[0]; v++) {
                support(v);
            }
            assertThat(countOf(start + c[0])).as("covered at start + %d", c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void a_restart_makes_the_next_52_weeks_of_self_support_count_from_the_new_start() {
        ledger.startPerson();
        int start = w("2021-W01");
        covered(start);
        assertThat(countOf(start + 53)).isEqualTo(1);            // 52 weeks of self-support: restart
        assertThat(countOf(start + 54)).isEqualTo(2);            // the old gap is before the new start
        assertThat(countOf(start + 54 + 52)).isEqualTo(3);       // 51 weeks since: no restart
        assertThat(countOf(start + 106 + 53)).isEqualTo(1);      // 52 weeks since: restart
    }

    @Test
    void the_count_follows_the_person_across_benefits_and_a_new_person_starts_at_zero() {
        ledger.startPerson();
        covered(w("2024-W01"));                  // e.g. a medfinansiering benefit
        assertThat(countOf(w("2024-W02"))).isEqualTo(2); // then a refusion benefit
        ledger.startPerson();
        assertThat(countOf(w("2024-W03"))).isEqualTo(1);
    }

    @Test
    void a_week_that_is_not_covered_has_tier_0_and_leaves_the_count_alone() {
        ledger.startPerson();
        covered(w("2024-W01"));
        covered(w("2024-W02"));
        support(w("2024-W03"));
        assertThat(ledger.count()).isEqualTo(2);
        assertThat(countOf(w("2024-W04"))).isEqualTo(3);
    }

    @Test
    void refusion_tiers_give_the_municipal_shares_and_labels_of_the_law() {
        assertThat(RefusionTier.of(4)).isEqualTo(1);
        assertThat(RefusionTier.of(5)).isEqualTo(2);
        assertThat(RefusionTier.of(26)).isEqualTo(2);
        assertThat(RefusionTier.of(27)).isEqualTo(3);
        assertThat(RefusionTier.of(52)).isEqualTo(3);
        assertThat(RefusionTier.of(53)).isEqualTo(4);
        assertThat(RefusionTier.municipalShare(1)).isEqualTo(0.20);
        assertThat(RefusionTier.municipalShare(2)).isEqualTo(0.60);
        assertThat(RefusionTier.municipalShare(3)).isEqualTo(0.70);
        assertThat(RefusionTier.municipalShare(4)).isEqualTo(0.80);
        assertThat(RefusionTier.label(2)).isEqualTo("uge 5-26 (60 %)");
        assertThat(RefusionTier.weeks(4)).isEqualTo("over 52 uger");
    }
}
