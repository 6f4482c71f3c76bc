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
}
