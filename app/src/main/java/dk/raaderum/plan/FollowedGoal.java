package dk.raaderum.plan;

import java.util.List;

/**
 * A goal with its computed status.
 *
 * @param baseline the goal's stated baseline, or the data's value in its baseline month (null when missing)
 * @param breakdownProblems what is wrong with the breakdown to teams (empty when it holds)
 */
public record FollowedGoal(Goal goal, String indicatorName, String unit, int decimals, Double baseline,
        Assessment assessment, List<String> breakdownProblems) {
}
