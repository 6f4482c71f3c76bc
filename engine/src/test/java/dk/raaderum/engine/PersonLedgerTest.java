package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The refusion ledger of spec § 2, on hand-made spells. */
class PersonLedgerTest {

    private final PersonLedger ledger = new PersonLedger();

    private static int w(String week) {
        return IsoWeek.parse(week).index();
    }

    private PersonLedger.Entry covered(String week) {
        return ledger.next(w(week), Scheme.REFUSION);
    }

    @Test
    void the_worked_example_restarts_after_exactly_52_weeks_of_self_support() {
        ledger.startPerson();
        for (int i = 0; i < 30; i++) {
            PersonLedger.Entry e = ledger.next(w("2024-W01") + i, Scheme.REFUSION);
            assertThat(e.count()).isEqualTo(i + 1);
            assertThat(e.tier()).isEqualTo(i < 4 ? 1 : i < 26 ? 2 : 3);
        }
        // no rows 2024-W31 … 2025-W30: 52 weeks of self-support
        assertThat(covered("2025-W31")).isEqualTo(new PersonLedger.Entry(1, 1));
    }

    @Test
    void fifty_one_weeks_of_self_support_do_not_restart_the_count() {
        ledger.startPerson();
        for (int i = 0; i < 30; i++) {
            ledger.next(w("2024-W01") + i, Scheme.REFUSION);
        }
        assertThat(covered("2025-W30")).isEqualTo(new PersonLedger.Entry(31, 3));
    }

    @Test
    void support_outside_the_rules_inside_a_gap_is_not_self_support() {
        ledger.startPerson();
        covered("2024-W01");
        // one week of wage-subsidised work (scheme none) in the middle of a 52-week gap
        assertThat(ledger.next(w("2024-W30"), Scheme.NONE)).isEqualTo(new PersonLedger.Entry(0, 0));
        // 2024-W02 … 2025-W01 holds 52 weeks, one of them supported: only 51 of self-support
        assertThat(covered("2025-W02").count()).isEqualTo(2);
        // and a later covered week with 52 self-supported weeks after the last support restarts
        assertThat(covered("2026-W03").count()).isEqualTo(1);
    }

    @Test
    void self_support_is_only_counted_after_the_week_the_count_started() {
        ledger.startPerson();
        // the person is first seen on a covered week; earlier history is unknown and does not count
        covered("2023-W40");
        assertThat(covered("2023-W41").count()).isEqualTo(2);
    }

    @Test
    void self_support_weeks_add_up_even_when_they_are_not_consecutive() {
        ledger.startPerson();
        int start = w("2020-W01");
        ledger.next(start, Scheme.REFUSION);
        // covered every other week: at week start + 2k there are k self-supported weeks since the start
        for (int k = 1; k < 52; k++) {
            assertThat(ledger.next(start + 2 * k, Scheme.REFUSION).count()).isEqualTo(k + 1);
        }
        assertThat(ledger.next(start + 104, Scheme.REFUSION).count()).isEqualTo(1);
    }

    @Test
    void self_support_older_than_156_weeks_does_not_count() {
        ledger.startPerson();
        int start = w("2020-W01");
        ledger.next(start, Scheme.REFUSION);                 // count 1
        for (int v = start + 41; v <= start + 160; v++) {    // 40 weeks of self-support, then 120 covered
            ledger.next(v, Scheme.REFUSION);
        }
        // 15 more weeks of self-support; 55 in all since the start, but only 21 + 15 = 36 in the last 156 weeks
        assertThat(ledger.next(start + 176, Scheme.REFUSION).count()).isEqualTo(122);
    }

    @Test
    void the_count_follows_the_person_across_benefits_and_a_new_person_starts_at_zero() {
        ledger.startPerson();
        ledger.next(w("2024-W01"), Scheme.MEDFINANSIERING);
        assertThat(ledger.next(w("2024-W02"), Scheme.REFUSION).count()).isEqualTo(2);
        ledger.startPerson();
        assertThat(ledger.next(w("2024-W03"), Scheme.REFUSION).count()).isEqualTo(1);
    }
}
