package dk.raaderum.plan.internal;

import java.util.stream.Collectors;

import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Goal;
import dk.raaderum.platform.DanishFormat;

/**
 * The goal form exactly as typed (numbers as Danish text), so a refused form is shown again with everything the user
 * wrote. Team lines are {@code hold; mål; ansvarlig}, one per line.
 */
record GoalForm(String kind, String title, String targetGroup, String indicator, String baselineMonth,
        String baselineValue, String target, String direction, String deadline, String owner, String teams) {

    static GoalForm empty() {
        return new GoalForm("LOKAL", "", "", "", "", "", "", "NED", "", "", "");
    }

    static GoalForm of(FollowedGoal f) {
        Goal g = f.goal();
        int d = f.decimals();
        return new GoalForm(g.kind().name(), g.title(), g.targetGroup().name(), g.indicatorId(),
                g.baselineMonth().toString(), g.baselineValue() == null ? "" : DanishFormat.number(g.baselineValue(), d),
                DanishFormat.number(g.target(), d), g.direction().name(), g.deadline().toString(), g.owner(),
                g.teams().stream().map(t -> t.team() + "; " + DanishFormat.number(t.target(), d) + "; " + t.owner())
                        .collect(Collectors.joining("\n")));
    }

    /** The draft the steering rules check; the plan year follows the deadline. */
    Drafts.GoalDraft draft() {
        return new Drafts.GoalDraft(kind, title, targetGroup, indicator, baselineMonth, FormNumbers.parse(baselineValue),
                FormNumbers.parse(target), direction, deadline, owner, null, FormNumbers.teams(teams));
    }
}
