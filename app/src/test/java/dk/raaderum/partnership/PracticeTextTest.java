package dk.raaderum.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.raaderum.indicator.Period;

class PracticeTextTest {

    private static PracticeText.Development share(Period start, Period from, Double a, Double b, Double peersA,
            Double peersB, Double expected) {
        return new PracticeText.Development("Kontanthjælp i pct. af befolkningen 16-66 år", "pct.", 2, true, start,
                from, a, Period.month(2026, 7), b, peersA, peersB, expected, expected == null ? null : expected - 0.4,
                expected == null ? null : expected + 0.4);
    }

    @Test
    void a_share_is_followed_from_the_start_against_the_peers_and_the_expected_level() {
        Period start = Period.month(2023, 1);
        // own: 3,14 -> 2,71 is -0,43; peers: 3,02 -> 2,80 is -0,22; so the own change is 0,21 points below theirs
        List<String> s = PracticeText.sentences(share(start, start, 3.14, 2.71, 3.02, 2.80, 3.3));

        assertThat(s).containsExactly(
                "Kontanthjælp i pct. af befolkningen 16-66 år: fra 3,14 pct. i jan. 2023 til 2,71 pct. i jul. 2026, et "
                        + "fald på 0,43 procentpoint.",
                "De sammenlignelige kommuner gik i samme periode fra 3,02 pct. til 2,80 pct., et fald på 0,22 "
                        + "procentpoint; kommunens ændring (-0,43) er dermed 0,21 procentpoint under deres (-0,22).",
                "I jul. 2026 ligger kommunen under det niveau, kommunens rammevilkår lader forvente (3,30 pct.; 90 "
                        + "%-interval 2,90–3,70).");
    }

    @Test
    void a_practice_that_started_before_the_data_is_measured_from_the_first_month_and_says_so() {
        List<String> s = PracticeText.sentences(share(Period.month(2013, 5), Period.month(2021, 8), 3.0, 3.0, null,
                null, null));

        assertThat(s.get(0)).isEqualTo("Praksissen startede i maj 2013, før de første tal (aug. 2021); udviklingen er "
                + "målt fra aug. 2021.");
        assertThat(s.get(1)).endsWith("uændret.");
        assertThat(s).hasSize(2);
    }

    @Test
    void a_count_changes_in_its_unit_and_in_per_cent_and_missing_figures_are_said_to_be_missing() {
        PracticeText.Development count = new PracticeText.Development("Langtidsledige", "personer", 0, false,
                Period.month(2023, 1), Period.month(2023, 1), 400.0, Period.month(2026, 7), 300.0, null, null, null,
                null, null);
        assertThat(PracticeText.sentences(count)).containsExactly("Langtidsledige: fra 400 personer i jan. 2023 til "
                + "300 personer i jul. 2026, et fald på 100 personer (25 pct.).");

        assertThat(PracticeText.sentences(share(Period.month(2023, 1), Period.month(2023, 1), null, 2.0, null, null,
                null))).containsExactly("Kontanthjælp i pct. af befolkningen 16-66 år: der er ikke tal for både "
                        + "praksissens start og den seneste måned.");
    }

    @Test
    void the_caveat_says_association_and_not_effect() {
        assertThat(PracticeText.CAVEAT).contains("sammenhæng i tid").contains("ikke en påvist effekt");
    }

    @Test
    void the_action_plan_is_summed_up_with_its_overdue_actions() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        List<ActionPlanText.Item> items = List.of(
                new ActionPlanText.Item(ActionStatus.GENNEMFOERT, LocalDate.of(2026, 1, 31)),
                new ActionPlanText.Item(ActionStatus.I_GANG, LocalDate.of(2026, 9, 30)),
                new ActionPlanText.Item(ActionStatus.I_GANG, LocalDate.of(2027, 1, 1)),
                new ActionPlanText.Item(ActionStatus.IKKE_STARTET, LocalDate.of(2026, 6, 30)),
                new ActionPlanText.Item(ActionStatus.IKKE_STARTET, null));

        assertThat(ActionPlanText.summary(items, today)).containsExactly(
                "Af handleplanens 5 handlinger er 1 gennemført, 2 i gang og 2 ikke startet.",
                "2 handlinger har overskredet fristen uden at være gennemført; den ældste frist var 30. jun. 2026.");
        assertThat(ActionPlanText.summary(items.subList(2, 3), today)).contains("Ingen handling har overskredet sin frist.");
    }

    @Test
    void a_municipality_that_fell_less_than_its_peers_is_said_to_be_above_them_not_to_have_risen() {
        Period start = Period.month(2023, 1);
        List<String> s = PracticeText.sentences(share(start, start, 2.40, 2.30, 2.90, 2.60, null));

        assertThat(s.get(1)).endsWith("kommunens ændring (-0,10) er dermed 0,20 procentpoint over deres (-0,30).")
                .doesNotContain("steget");
    }
}
