package dk.raaderum.plan.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import dk.raaderum.plan.Goal;

/** A goal's columns as named SQL parameters. */
final class GoalParams extends MapSqlParameterSource {

    GoalParams(Goal g) {
        addValue("id", g.id());
        addValue("m", g.municipality());
        addValue("y", g.planYear());
        addValue("kind", g.kind().name());
        addValue("title", g.title());
        addValue("group", g.targetGroup().name());
        addValue("indicator", g.indicatorId());
        addValue("bm", g.baselineMonth().atDay(1));
        addValue("bv", g.baselineValue());
        addValue("target", g.target());
        addValue("dir", g.direction().name());
        addValue("deadline", g.deadline().atDay(1));
        addValue("owner", g.owner());
        addValue("by", g.changedBy());
    }
}
