package dk.raaderum.partnership;

import static dk.raaderum.partnership.SurveyResultsTest.answers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemperatureTextTest {

    private final List<SurveyStatement> statements = new ArrayList<>();
    private final Map<Long, Map<SurveyRole, Distribution>> given = new HashMap<>();

    /** One statement per recommendation, and the scores each role gives it (five people each, all the same score). */
    private SurveyResults.Results survey(Map<SurveyRole, int[]> scores) {
        for (Recommendation r : Recommendation.values()) {
            SurveyStatement s = new SurveyStatement(r.number(), r, 1, "udsagn " + r.number());
            statements.add(s);
            scores.forEach((role, byRec) -> {
                int score = byRec[r.number() - 1];
                given.computeIfAbsent(s.id(), k -> new EnumMap<>(SurveyRole.class))
                        .put(role, answers(score, score, score, score, score));
            });
        }
        return SurveyResults.of(statements, given);
    }

    @Test
    void the_responses_are_counted_per_role_and_small_roles_are_named_as_not_shown() {
        Map<SurveyRole, Integer> n = new EnumMap<>(SurveyRole.class);
        n.put(SurveyRole.POLITIKER, 7);
        n.put(SurveyRole.DIREKTION, 3);
        n.put(SurveyRole.MEDARBEJDER, 1234);
        n.put(SurveyRole.PARTNER, 2);

        assertThat(TemperatureText.responses(n)).isEqualTo("Målingen har 1.246 svar: 7 fra politikerne, 3 fra "
                + "direktionen, 1.234 fra medarbejderne og 2 fra samarbejdspartnerne. Direktionen og "
                + "samarbejdspartnerne har færre end 5 svar og vises derfor ikke for sig.");
        assertThat(TemperatureText.responses(Map.of())).isEqualTo("Der er endnu ingen svar på målingen.");
    }

    @Test
    void the_largest_gap_names_both_roles_with_the_rounded_means_and_their_difference() {
        SurveyResults.Results r = survey(Map.of(
                SurveyRole.POLITIKER, new int[] {4, 4, 4, 5, 3, 3},
                SurveyRole.MEDARBEJDER, new int[] {4, 3, 4, 2, 3, 3}));

        assertThat(TemperatureText.gaps(r)).containsExactly(
                "Ved anbefaling 4 (Skærp den helhedsorienterede indsats) giver politikerne 5,0 og medarbejderne 2,0: "
                        + "3,0 point lavere.",
                "Ved anbefaling 2 (Fastlæg politiske principper for indsatsen) giver politikerne 4,0 og medarbejderne "
                        + "3,0: 1,0 point lavere.");
    }

    @Test
    void roles_that_agree_are_said_to_agree_and_a_single_role_cannot_be_compared() {
        SurveyResults.Results agree = survey(Map.of(
                SurveyRole.POLITIKER, new int[] {4, 4, 4, 4, 4, 4},
                SurveyRole.LEDER, new int[] {4, 4, 4, 4, 4, 4}));
        assertThat(TemperatureText.gaps(agree)).containsExactly("Rollerne vurderer anbefalingerne nogenlunde ens: "
                + "ingen forskel mellem to roller er på 0,5 point eller mere.");

        statements.clear();
        given.clear();
        SurveyResults.Results alone = survey(Map.of(SurveyRole.LEDER, new int[] {4, 4, 4, 4, 4, 4}));
        assertThat(TemperatureText.gaps(alone)).containsExactly("Færre end to roller har svar nok til at blive vist, "
                + "så rollerne kan ikke sammenlignes.");
    }

    @Test
    void focus_falls_on_the_two_lowest_and_the_largest_gap_when_that_is_another_recommendation() {
        // scores (the two roles are equally large): 4, 3.5, 2, 3.5, 1.5, 4; gaps: 0, 3, 0, 1, 1, 0
        SurveyResults.Results r = survey(Map.of(
                SurveyRole.POLITIKER, new int[] {4, 5, 2, 4, 1, 4},
                SurveyRole.MEDARBEJDER, new int[] {4, 2, 2, 3, 2, 4}));

        List<FocusRecommendations.Focus> focus = FocusRecommendations.choose(r);

        assertThat(focus).extracting(f -> f.recommendation().number()).containsExactly(2, 3, 5);
        assertThat(TemperatureText.focus(focus)).containsExactly(
                "Målingen peger på, at kommunalbestyrelsen sætter fokus på anbefaling 2, anbefaling 3 og anbefaling 5.",
                "Anbefaling 2 (Fastlæg politiske principper for indsatsen): stor forskel mellem rollerne (politikerne "
                        + "5,0, medarbejderne 2,0).",
                "Anbefaling 3 (Styrk samarbejdet med virksomhederne): blandt de laveste vurderinger (2,0).",
                "Anbefaling 5 (Skærp fokus på effekter og resultater): blandt de laveste vurderinger (1,5) og stor "
                        + "forskel mellem rollerne (medarbejderne 2,0, politikerne 1,0).");
    }

    @Test
    void the_change_since_the_previous_measurement_is_the_difference_of_the_rounded_scores() {
        Recommendation r = Recommendation.EFFEKTER_OG_RESULTATER;
        assertThat(TemperatureText.sincePrevious(r, 3.24, 2.86, 2025)).isEqualTo("Siden målingen i 2025 er "
                + "vurderingen af anbefaling 5 (Skærp fokus på effekter og resultater) steget 0,3 point (fra 2,9 til 3,2).");
        assertThat(TemperatureText.sincePrevious(r, 2.84, 2.81, 2025)).isEqualTo("Vurderingen af anbefaling 5 (Skærp "
                + "fokus på effekter og resultater) er uændret siden målingen i 2025 (2,8).");
        assertThat(TemperatureText.sincePrevious(r, 2.84, 2.86, 2025)).contains("faldet 0,1 point (fra 2,9 til 2,8)");
        assertThat(TemperatureText.sincePrevious(r, 3.0, null, 2025)).contains("kan ikke sammenlignes");
        assertThat(TemperatureText.sincePrevious(r, 3.0, null, null)).startsWith("Der er ingen tidligere måling");
    }

    @Test
    void the_partnership_average_is_compared_in_points_and_without_members_it_says_so() {
        Recommendation r = Recommendation.HELHEDSORIENTERET_INDSATS;
        assertThat(TemperatureText.againstPartnership(r, 2.6, 3.14, 3, "Flere i arbejde")).isEqualTo("Gennemsnittet for "
                + "de 3 andre kommuner i Flere i arbejde, der deler deres måling, er 3,1 for anbefaling 4 (Skærp den "
                + "helhedsorienterede indsats); kommunen ligger 0,5 point under.");
        assertThat(TemperatureText.againstPartnership(r, 2.6, null, 0, "Flere i arbejde")).isEqualTo("Ingen andre "
                + "kommuner i Flere i arbejde deler en måling af anbefaling 4 (Skærp den helhedsorienterede indsats) endnu.");
    }

    @Test
    void the_interview_themes_are_listed_most_often_first() {
        Map<Recommendation, Integer> touched = new EnumMap<>(Recommendation.class);
        touched.put(Recommendation.POLITISK_HANDLEKRAFT, 1);
        touched.put(Recommendation.HELHEDSORIENTERET_INDSATS, 2);

        assertThat(TemperatureText.interviewThemes(3, touched)).isEqualTo("Der er registreret 3 interview. Temaerne var "
                + "anbefaling 4 (2 interview) og anbefaling 1 (1 interview).");
        assertThat(TemperatureText.interviewThemes(0, Map.of())).isEqualTo("Der er ikke registreret interview til målingen.");
    }

    @Test
    void a_hidden_recommendation_is_said_to_be_hidden_not_shown_as_zero() {
        SurveyResults.Cell hidden = new SurveyResults.Cell(null, Recommendation.POLITISK_HANDLEKRAFT, null,
                SurveyResults.Visibility.PROTECTED, null);
        assertThat(TemperatureText.score(hidden)).isEqualTo("Anbefaling 1 (Styrk den politiske handlekraft) vises ikke "
                + "for alle roller samlet, da en lille gruppe ellers kunne regnes ud.").doesNotContain("0");
    }
}
