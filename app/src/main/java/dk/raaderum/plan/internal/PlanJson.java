package dk.raaderum.plan.internal;

import java.time.Instant;
import java.util.List;

import dk.raaderum.plan.Assessment;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Forecaster;
import dk.raaderum.plan.Goal;
import dk.raaderum.plan.TeamTarget;

/** The API's JSON shapes for goals. */
final class PlanJson {

    private PlanJson() {
    }

    record GoalJson(long id, int municipality, int planYear, String kind, String title, String targetGroup,
            String targetGroupName, String indicator, String indicatorName, String unit, String baselineMonth,
            Double baseline, double target, String direction, String deadline, String owner, List<TeamTarget> teams,
            List<String> breakdownProblems, String status, String statusCode, ValueJson latest,
            ForecastJson forecast, String reasoning, String changedBy, Instant changedAt) {
    }

    record ValueJson(String month, Double value) {
    }

    record ForecastJson(String month, double value, double lower, double upper, double level, boolean seasonal,
            int basedOnMonths) {
    }

    record SnapshotJson(String quarter, String status, String statusCode, String latestMonth, Double latestValue,
            Double forecast, String reasoning, Instant takenAt) {
    }

    static GoalJson goal(FollowedGoal f) {
        Goal g = f.goal();
        Assessment a = f.assessment();
        return new GoalJson(g.id(), g.municipality(), g.planYear(), g.kind().name(), g.title(), g.targetGroup().name(),
                g.targetGroup().danish(), g.indicatorId(), f.indicatorName(), f.unit(), g.baselineMonth().toString(),
                f.baseline(), g.target(), g.direction().name(), g.deadline().toString(), g.owner(), g.teams(),
                f.breakdownProblems(), a.status().danish(), a.status().name(),
                a.latest() == null ? null : new ValueJson(a.latest().month().toString(), a.latest().value()),
                a.forecast() == null ? null : new ForecastJson(a.forecast().month().toString(), a.forecast().value(),
                        a.forecast().lower(), a.forecast().upper(), Forecaster.LEVEL, a.forecast().seasonal(),
                        a.forecast().basedOn()),
                a.reasoning(), g.changedBy(), g.changedAt());
    }

    static SnapshotJson snapshot(PlanRepository.Snapshot s) {
        return new SnapshotJson(s.quarter().toString(), s.status().danish(), s.status().name(),
                s.latestMonth() == null ? null : s.latestMonth().toString(), s.latestValue(), s.forecast(),
                s.reasoning(), s.takenAt());
    }
}
