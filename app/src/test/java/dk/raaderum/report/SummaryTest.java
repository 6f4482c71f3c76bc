package dk.raaderum.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.raaderum.plan.GoalStatus;
import dk.raaderum.report.ReportFigures.Economy;
import dk.raaderum.report.ReportFigures.Expected;
import dk.raaderum.report.ReportFigures.Goals;
import dk.raaderum.report.ReportFigures.KeyFigure;

class SummaryTest {

    private static final String Q = "2. kvt. 2026";

    private static KeyFigure count(Double value, Double lastYear) {
        return new KeyFigure("Ledige", "fuldtidspersoner", 0, false, value, lastYear, null);
    }

    private static KeyFigure share(Double value, Double lastYear, Double country) {
        return new KeyFigure("Kontanthjælp", "pct.", 1, true, value, lastYear, country);
    }

    @Test
    void a_count_is_compared_with_the_same_period_a_year_before_in_persons_and_per_cent() {
        assertThat(Summary.development(count(1234.4, 1300.0), Q)).isEqualTo(
                "Ledige: 1.234 fuldtidspersoner i 2. kvt. 2026, 66 færre end samme periode året før (-5,1 pct.).");
        assertThat(Summary.development(count(1300.0, 1250.0), Q)).contains("50 flere", "(+4,0 pct.)");
    }

    @Test
    void the_difference_is_taken_between_the_rounded_figures_the_reader_sees() {
        // 656,4 and 679,6 are shown as 656 and 680, so the text says 24, not 23,2
        assertThat(Summary.development(count(656.4, 679.6), Q)).contains("656 fuldtidspersoner", "24 færre");
        assertThat(Summary.development(count(656.4, 656.2), Q)).endsWith("uændret fra samme periode året før.");
    }

    @Test
    void a_share_changes_in_procentpoint() {
        assertThat(Summary.development(share(3.24, 3.56, null), Q))
                .isEqualTo("Kontanthjælp: 3,2 pct. i 2. kvt. 2026, 0,4 procentpoint lavere end samme periode året før.");
    }

    @Test
    void missing_figures_are_said_to_be_missing_never_shown_as_zero() {
        assertThat(Summary.development(count(null, 1300.0), Q)).isEqualTo("Ledige: der er ingen tal for 2. kvt. 2026.");
        assertThat(Summary.development(count(1234.0, null), Q))
                .contains("1.234 fuldtidspersoner", "ingen tal for samme periode året før");
        assertThat(Summary.comparedWithCountry(share(2.1, null, null))).contains("ingen tal til sammenligning");
    }

    @Test
    void a_share_is_compared_with_the_whole_country() {
        assertThat(Summary.comparedWithCountry(share(2.1, null, 2.5)))
                .isEqualTo("Kontanthjælp: kommunen ligger 0,4 procentpoint under hele landet (2,5 pct.).");
        assertThat(Summary.comparedWithCountry(share(2.54, null, 2.46))).contains("på niveau med hele landet");
    }

    @Test
    void an_actual_level_inside_the_interval_is_within_what_the_conditions_predict() {
        String text = Summary.expected(new Expected("Kontanthjælp", 2.1, 2.3, 1.8, 2.8, -20.0, -1.5e6), Q);

        assertThat(text).isEqualTo("Kontanthjælp: 2,1 pct. ligger inden for det niveau, kommunens rammevilkår lader "
                + "forvente (1,8 pct. til 2,8 pct.).");
    }

    @Test
    void an_actual_level_below_the_interval_is_turned_into_persons_and_kroner() {
        String text = Summary.expected(new Expected("Kontanthjælp", 1.5, 2.3, 1.8, 2.8, -45.2, -3_312_000.0), Q);

        assertThat(text).isEqualTo("Kontanthjælp: 1,5 pct. ligger under det forventede niveau på 2,3 pct. (1,8 pct. til "
                + "2,8 pct.); forskellen svarer til 45 færre fuldtidspersoner og 3,3 mio. kr. mindre i udgift om året.");
        assertThat(Summary.expected(new Expected("X", 3.0, 2.3, 1.8, 2.8, 30.0, null), Q))
                .contains("over det forventede", "30 flere fuldtidspersoner.");
        assertThat(Summary.expected(new Expected("X", 3.0, null, null, null, null, null), Q))
                .isEqualTo("X: der er ikke beregnet et forventet niveau for 2. kvt. 2026.");
    }

    @Test
    void the_economy_sentence_gives_millions_and_the_share_beyond_a_year() {
        assertThat(Summary.economy(new Economy(98_400_000.0, 40_344_000.0), Q)).isEqualTo(
                "Kommunens udgift til forsørgelsesydelser efter refusion var 98,4 mio. kr. i 2. kvt. 2026; 41 pct. af "
                        + "den gik til borgere, der har været på ydelse i mere end et år.");
        assertThat(Summary.economy(null, Q)).contains("ikke indlæst et ydelsesregister");
    }

    @Test
    void the_goals_are_counted_by_status() {
        assertThat(Summary.goals(new Goals(2026, List.of(GoalStatus.PAA_SPOR, GoalStatus.INGEN_DATA, GoalStatus.PAA_SPOR,
                GoalStatus.I_RISIKO)))).isEqualTo("Af de 4 mål i beskæftigelsesplanen 2026 er 2 på sporet, 1 i risiko og 1 uden data.");
        assertThat(Summary.goals(new Goals(2026, List.of(GoalStatus.IKKE_PAA_SPOR))))
                .isEqualTo("Beskæftigelsesplanen 2026 har ét mål; det er ikke på sporet.");
        assertThat(Summary.goals(new Goals(null, List.of()))).contains("ikke registreret mål");
        assertThat(Summary.goals(new Goals(2026, null))).contains("kun for læsere med adgang");
    }

    @Test
    void an_actual_level_on_either_end_of_the_interval_is_inside_it() {
        assertThat(Summary.expected(new Expected("X", 1.8, 2.3, 1.8, 2.8, -9.0, -1e6), Q)).contains("inden for");
        assertThat(Summary.expected(new Expected("X", 2.8, 2.3, 1.8, 2.8, 9.0, 1e6), Q)).contains("inden for");
        assertThat(Summary.expected(new Expected("X", 2.81, 2.3, 1.8, 2.8, 9.0, 2_500_000.0), Q)).isEqualTo(
                "X: 2,8 pct. ligger over det forventede niveau på 2,3 pct. (1,8 pct. til 2,8 pct.); forskellen svarer "
                        + "til 9 flere fuldtidspersoner og 2,5 mio. kr. mere i udgift om året.");
        assertThat(Summary.expected(new Expected("X", 1.0, 2.3, 1.8, 2.8, null, null), Q))
                .isEqualTo("X: 1,0 pct. ligger under det forventede niveau på 2,3 pct. (1,8 pct. til 2,8 pct.).");
    }

    @Test
    void any_missing_part_of_the_expected_level_means_no_sentence_about_it() {
        String none = "X: der er ikke beregnet et forventet niveau for 2. kvt. 2026.";
        assertThat(Summary.expected(new Expected("X", null, 2.3, 1.8, 2.8, 1.0, 1.0), Q)).isEqualTo(none);
        assertThat(Summary.expected(new Expected("X", 2.0, 2.3, null, 2.8, 1.0, 1.0), Q)).isEqualTo(none);
        assertThat(Summary.expected(new Expected("X", 2.0, 2.3, 1.8, null, 1.0, 1.0), Q)).isEqualTo(none);
    }

    @Test
    void a_higher_share_and_a_share_above_the_country_are_said_so() {
        assertThat(Summary.development(share(3.56, 3.24, null), Q))
                .isEqualTo("Kontanthjælp: 3,6 pct. i 2. kvt. 2026, 0,4 procentpoint højere end samme periode året før.");
        assertThat(Summary.development(share(3.24, 3.21, null), Q)).endsWith("uændret fra samme periode året før.");
        assertThat(Summary.comparedWithCountry(share(2.9, null, 2.5)))
                .isEqualTo("Kontanthjælp: kommunen ligger 0,4 procentpoint over hele landet (2,5 pct.).");
        assertThat(Summary.comparedWithCountry(share(null, null, 2.5))).contains("ingen tal til sammenligning");
    }

    @Test
    void the_economy_sentence_stops_after_the_cost_when_the_part_beyond_a_year_is_unknown_or_the_cost_is_not_positive() {
        assertThat(Summary.economy(new Economy(98_400_000.0, null), Q))
                .isEqualTo("Kommunens udgift til forsørgelsesydelser efter refusion var 98,4 mio. kr. i 2. kvt. 2026.");
        assertThat(Summary.economy(new Economy(0.0, 0.0), Q)).endsWith(" i 2. kvt. 2026.");
        assertThat(Summary.economy(new Economy(null, 1.0), Q)).contains("ikke indlæst et ydelsesregister");
    }
}
