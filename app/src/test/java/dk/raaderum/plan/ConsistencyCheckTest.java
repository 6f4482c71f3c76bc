package dk.raaderum.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.raaderum.plan.ConsistencyCheck.Effort;
import dk.raaderum.plan.ConsistencyCheck.Finding;

class ConsistencyCheckTest {

    @Test
    void a_goal_whose_group_has_effort_and_budget_is_consistent() {
        assertThat(ConsistencyCheck.check(List.of(TargetGroup.SYGEMELDTE),
                List.of(new Effort(TargetGroup.SYGEMELDTE, true, true)))).isEmpty();
    }

    @Test
    void goals_without_effort_or_budget_and_efforts_or_budgets_without_goals_are_listed() {
        List<Finding> findings = ConsistencyCheck.check(
                List.of(TargetGroup.SYGEMELDTE, TargetGroup.JOBPARATE, TargetGroup.TVAERGAAENDE),
                List.of(new Effort(TargetGroup.JOBPARATE, true, false), new Effort(TargetGroup.FLYGTNINGE, true, true)));

        assertThat(findings).extracting(Finding::text).containsExactlyInAnyOrder(
                "Sygemeldte har mål, men ingen beskrevet indsats.",
                "Sygemeldte har mål, men intet budget.",
                "Jobparate har mål, men intet budget.",
                "Flygtninge har en indsats, men intet mål.",
                "Flygtninge har et budget, men intet mål.");
    }

    @Test
    void without_any_goals_every_effort_and_budget_is_listed_and_a_cross_cutting_goal_needs_neither() {
        assertThat(ConsistencyCheck.check(List.of(), List.of(new Effort(TargetGroup.JOBPARATE, true, true))))
                .extracting(Finding::text).containsExactly("Jobparate har en indsats, men intet mål.",
                        "Jobparate har et budget, men intet mål.");
        assertThat(ConsistencyCheck.check(List.of(TargetGroup.TVAERGAAENDE), List.of())).isEmpty();
        assertThat(ConsistencyCheck.check(List.of(TargetGroup.JOBPARATE),
                List.of(new Effort(TargetGroup.JOBPARATE, false, true)))).extracting(Finding::group, Finding::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TargetGroup.JOBPARATE,
                        "Jobparate har mål, men ingen beskrevet indsats."));
    }
}
