package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.raaderum.progression.ProgressionAggregate.Figures;

class ProgressionSummaryTest {

    private static Figures shown(String group, int n, double mean, double share, MeanInterval interval) {
        return new Figures(group, n, false, mean, share, Map.of(), Set.of(), interval);
    }

    private static Figures hidden(String group) {
        return new Figures(group, null, true, null, null, null, Set.of(), null);
    }

    @Test
    void the_summary_gives_the_count_share_and_mean_and_names_the_best_and_least_shown_group() {
        ProgressionAggregate.Table t = new ProgressionAggregate.Table(List.of(shown("Unge", 40, 0.3, 60, null),
                shown("Sygemeldte", 20, -0.05, 30, null), hidden("Fleksjob"), hidden("Flygtninge")),
                shown(null, 70, 0.2, 52, null));

        assertThat(ProgressionSummary.sentences(t, 6, "målgruppe")).containsExactly(
                "70 borgere har to vurderinger med ca. 6 måneders mellemrum. 52 pct. af dem er rykket fremad, og den "
                        + "gennemsnitlige ændring er +0,20 point på skalaen 1-5.",
                "Størst fremgang pr. målgruppe: Unge (+0,30 point); mindst: Sygemeldte (-0,05 point).",
                "2 grupper vises ikke, fordi de har færre end 5 borgere eller ellers kunne regnes ud fra totalen.");
    }

    @Test
    void a_withheld_total_is_never_described_by_its_figures() {
        ProgressionAggregate.Table t = new ProgressionAggregate.Table(List.of(hidden("Unge")), hidden(null));
        assertThat(ProgressionSummary.sentences(t, 3, "team")).containsExactly(
                "Færre end 5 borgere har to vurderinger med ca. 3 måneders mellemrum, så udviklingen vises ikke.");
    }

    @Test
    void an_effort_is_named_only_when_its_whole_interval_lies_above_zero() {
        ProgressionAggregate.Table efforts = new ProgressionAggregate.Table(List.of(
                shown("Mentor", 12, 0.4, 70, new MeanInterval(12, 0.4, -0.1, 0.9)),
                shown("Virksomhedspraktik", 30, 0.5, 75, new MeanInterval(30, 0.5, 0.2, 0.8))), shown(null, 42, 0.47, 73, null));

        assertThat(ProgressionSummary.clearlyPositive(efforts)).hasValue("Borgere i virksomhedspraktik rykkede sig i "
                + "gennemsnit +0,50 point over 6 måneder (95 %-interval fra +0,20 til +0,80 point, 30 borgere).");
        ProgressionAggregate.Table none = new ProgressionAggregate.Table(List.of(efforts.groups().get(0)), efforts.total());
        assertThat(ProgressionSummary.clearlyPositive(none)).isEmpty();
        assertThat(ProgressionSummary.associationCaution()).contains("sammenhæng, ikke effekt");
    }
}
