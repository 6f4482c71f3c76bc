package dk.raaderum.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dk.raaderum.partnership.SurveyResults.Visibility;

class SurveyResultsTest {

    private static final SurveyStatement S1 = new SurveyStatement(1, Recommendation.POLITISK_HANDLEKRAFT, 1, "s1");
    private static final SurveyStatement S2 = new SurveyStatement(2, Recommendation.POLITISK_HANDLEKRAFT, 2, "s2");
    private static final SurveyStatement S3 = new SurveyStatement(3, Recommendation.HELHEDSORIENTERET_INDSATS, 1, "s3");
    private static final List<SurveyStatement> STATEMENTS = List.of(S1, S2, S3);

    /** The answers of a group to one statement; null is "ved ikke". */
    static Distribution answers(Integer... scores) {
        Distribution d = Distribution.NONE;
        for (Integer s : scores) {
            d = d.plus(Distribution.answer(s));
        }
        return d;
    }

    private final Map<Long, Map<SurveyRole, Distribution>> given = new HashMap<>();

    private void put(SurveyStatement s, SurveyRole role, Distribution d) {
        given.computeIfAbsent(s.id(), k -> new EnumMap<>(SurveyRole.class)).put(role, d);
    }

    /** Six staff and three politicians, worked by hand in the assertions. */
    private SurveyResults.Results sixStaffAndThreePoliticians() {
        put(S1, SurveyRole.MEDARBEJDER, answers(4, 5, 3, 4, 2, 5));    // 23 / 6
        put(S2, SurveyRole.MEDARBEJDER, answers(1, 2, 2, 3, 3, null)); // 11 / 5, one "ved ikke"
        put(S3, SurveyRole.MEDARBEJDER, answers(5, 5, 4, 4, 4, 3));    // 25 / 6
        put(S1, SurveyRole.POLITIKER, answers(5, 5, 4));
        put(S2, SurveyRole.POLITIKER, answers(4, 4, 5));
        put(S3, SurveyRole.POLITIKER, answers(2, 3, 2));
        return SurveyResults.of(STATEMENTS, given);
    }

    @Test
    void the_staff_mean_of_each_statement_is_shown_and_the_three_politicians_are_too_few() {
        SurveyResults.Results r = sixStaffAndThreePoliticians();

        assertThat(r.respondents()).containsEntry(SurveyRole.MEDARBEJDER, 6).containsEntry(SurveyRole.POLITIKER, 3);
        assertThat(r.statement(S1, SurveyRole.MEDARBEJDER).orElseThrow().mean()).isCloseTo(23.0 / 6, within(1e-12));
        assertThat(r.statement(S2, SurveyRole.MEDARBEJDER).orElseThrow().mean()).isCloseTo(11.0 / 5, within(1e-12));
        assertThat(r.statement(S2, SurveyRole.MEDARBEJDER).orElseThrow().shown().dontKnow()).isEqualTo(1);
        assertThat(r.statement(S3, SurveyRole.MEDARBEJDER).orElseThrow().n()).isEqualTo(6);
        for (SurveyStatement s : STATEMENTS) {
            SurveyResults.Cell politicians = r.statement(s, SurveyRole.POLITIKER).orElseThrow();
            assertThat(politicians.visibility()).isEqualTo(Visibility.TOO_FEW);
            assertThat(politicians.mean()).isNull();
            assertThat(politicians.n()).isNull();
            assertThat(politicians.shown()).isNull();
        }
    }

    @Test
    void the_all_roles_figure_is_hidden_when_it_minus_the_staff_would_give_the_politicians_mean() {
        SurveyResults.Results r = sixStaffAndThreePoliticians();

        for (SurveyStatement s : STATEMENTS) {
            assertThat(r.statement(s, null).orElseThrow().visibility()).isEqualTo(Visibility.PROTECTED);
            assertThat(r.statement(s, null).orElseThrow().mean()).isNull();
        }
        assertThat(r.recommendation(Recommendation.POLITISK_HANDLEKRAFT, null).orElseThrow().suppressed()).isTrue();
    }

    @Test
    void a_recommendation_figure_adds_up_its_statements_when_every_one_of_them_is_shown() {
        SurveyResults.Results r = sixStaffAndThreePoliticians();

        SurveyResults.Cell staff = r.recommendation(Recommendation.POLITISK_HANDLEKRAFT, SurveyRole.MEDARBEJDER)
                .orElseThrow();
        assertThat(staff.mean()).isCloseTo((23.0 + 11) / (6 + 5), within(1e-12));
        assertThat(staff.n()).isEqualTo(11);
        assertThat(r.recommendation(Recommendation.POLITISK_HANDLEKRAFT, SurveyRole.POLITIKER).orElseThrow()
                .visibility()).isEqualTo(Visibility.TOO_FEW);
        assertThat(r.recommendation(Recommendation.VIRKSOMHEDSSAMARBEJDE, SurveyRole.MEDARBEJDER)).isEmpty();
    }

    @Test
    void two_small_roles_that_together_are_five_let_the_all_roles_figure_show() {
        put(S1, SurveyRole.MEDARBEJDER, answers(4, 5, 3, 4, 2, 5));
        put(S1, SurveyRole.POLITIKER, answers(5, 5, 4));
        put(S1, SurveyRole.DIREKTION, answers(1, 2));

        SurveyResults.Cell all = SurveyResults.of(List.of(S1), given).statement(S1, null).orElseThrow();

        assertThat(all.visibility()).isEqualTo(Visibility.SHOWN);
        assertThat(all.mean()).isCloseTo((23.0 + 14 + 3) / 11, within(1e-12));
    }

    @Test
    void a_statement_with_fewer_than_five_scores_in_a_large_role_is_hidden_and_so_is_its_recommendation() {
        put(S1, SurveyRole.MEDARBEJDER, answers(4, 5, 3, 4, 2, 5));
        put(S2, SurveyRole.MEDARBEJDER, answers(1, 2, 2, 3, null, null));

        SurveyResults.Results r = SurveyResults.of(List.of(S1, S2), given);

        assertThat(r.statement(S2, SurveyRole.MEDARBEJDER).orElseThrow().visibility()).isEqualTo(Visibility.TOO_FEW);
        assertThat(r.statement(S2, null).orElseThrow().visibility()).isEqualTo(Visibility.TOO_FEW);
        assertThat(r.recommendation(Recommendation.POLITISK_HANDLEKRAFT, SurveyRole.MEDARBEJDER).orElseThrow()
                .visibility()).isEqualTo(Visibility.PROTECTED);
        assertThat(r.statement(S1, SurveyRole.MEDARBEJDER).orElseThrow().mean()).isCloseTo(23.0 / 6, within(1e-12));
    }

    @Test
    void an_attacker_subtracting_shown_figures_never_learns_a_group_of_fewer_than_five_in_thousands_of_surveys() {
        Random random = new Random(42);
        for (int survey = 0; survey < 3000; survey++) {
            given.clear();
            for (SurveyRole role : SurveyRole.values()) {
                int people = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
                Distribution[] d = {Distribution.NONE, Distribution.NONE, Distribution.NONE};
                for (int p = 0; p < people; p++) {
                    for (int s = 0; s < 3; s++) {
                        d[s] = d[s].plus(Distribution.answer(random.nextInt(5) == 0 ? null : 1 + random.nextInt(5)));
                    }
                }
                if (people > 0) {
                    for (int s = 0; s < 3; s++) {
                        put(STATEMENTS.get(s), role, d[s]);
                    }
                }
            }
            SurveyResults.Results r = SurveyResults.of(STATEMENTS, given);
            for (SurveyStatement s : STATEMENTS) {
                attackStatement(r, s);
            }
            for (SurveyResults.Cell rec : r.byRecommendation()) {
                attackRecommendation(r, rec);
            }
        }
    }

    /** All roles minus the shown roles: what remains must be nothing, or at least five answers from five people. */
    private void attackStatement(SurveyResults.Results r, SurveyStatement s) {
        r.statement(s, null).filter(c -> !c.suppressed()).ifPresent(all -> {
            int answers = all.shown().n();
            int people = all.shown().respondents();
            for (SurveyResults.Cell role : r.byStatement()) {
                if (role.statement().id() == s.id() && !role.suppressed()) {
                    answers -= role.shown().n();
                    people -= role.shown().respondents();
                }
            }
            assertThat(people == 0 || people >= 5 && answers >= 5)
                    .as("residual of %d people and %d answers", people, answers).isTrue();
        });
        for (SurveyResults.Cell role : r.byStatement()) {
            if (role.statement().id() == s.id() && !role.suppressed()) {
                assertThat(role.shown().n()).isGreaterThanOrEqualTo(5);
                assertThat(r.respondents().get(role.role())).isGreaterThanOrEqualTo(5);
            }
        }
    }

    /** A shown recommendation figure adds nothing to the statements: they are all shown and sum to it. */
    private void attackRecommendation(SurveyResults.Results r, SurveyResults.Cell rec) {
        if (rec.suppressed()) {
            return;
        }
        int n = 0;
        int sum = 0;
        for (SurveyStatement s : STATEMENTS) {
            if (s.recommendation() == rec.recommendation()) {
                SurveyResults.Cell part = r.statement(s, rec.role()).orElseThrow();
                assertThat(part.suppressed()).isFalse();
                n += part.shown().n();
                sum += part.shown().sum();
            }
        }
        assertThat(rec.shown().n()).isEqualTo(n);
        assertThat(rec.shown().sum()).isEqualTo(sum);
    }
}
