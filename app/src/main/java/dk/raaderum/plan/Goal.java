package dk.raaderum.plan;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A goal of a municipality's employment plan: the indicator should move from its baseline (the value in
 * {@code baselineMonth}, or {@code baselineValue} when the plan states one) to {@code target} by
 * {@code deadline}. {@code teams} is its breakdown to the jobcentre's teams.
 */
public record Goal(long id, int municipality, int planYear, GoalKind kind, String title, TargetGroup targetGroup,
        String indicatorId, YearMonth baselineMonth, Double baselineValue, double target, Direction direction,
        YearMonth deadline, String owner, List<TeamTarget> teams, String changedBy, Instant changedAt) {

    public Goal withTeams(List<TeamTarget> breakdown) {
        return new Goal(id, municipality, planYear, kind, title, targetGroup, indicatorId, baselineMonth, baselineValue,
                target, direction, deadline, owner, List.copyOf(breakdown), changedBy, changedAt);
    }
}
