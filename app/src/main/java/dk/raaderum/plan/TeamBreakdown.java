package dk.raaderum.plan;

import java.util.ArrayList;
import java.util.List;

import dk.raaderum.platform.DanishFormat;

/**
 * Checks a goal's breakdown to teams against the goal itself.
 * <ul>
 * <li>Counts (persons, full-time persons) add up: the teams' targets together must reach the goal's target.</li>
 * <li>Shares do not add up, but the municipality's share is the ratio of the teams' sums, so it reaches the
 * target whenever every team does: each team's target must be at least as ambitious as the goal's.</li>
 * </ul>
 */
public final class TeamBreakdown {

    private TeamBreakdown() {
    }

    /** Problems with the breakdown, in Danish; empty when it holds (or when there are no teams). */
    public static List<String> check(double goalTarget, Direction direction, boolean additive, List<TeamTarget> teams,
            int decimals) {
        List<String> problems = new ArrayList<>();
        if (teams.isEmpty()) {
            return problems;
        }
        if (additive) {
            double sum = teams.stream().mapToDouble(TeamTarget::target).sum();
            if (!direction.meets(sum, goalTarget)) {
                problems.add("Holdenes mål giver tilsammen " + DanishFormat.number(sum, decimals)
                        + ", men kommunens mål er " + DanishFormat.number(goalTarget, decimals) + ".");
            }
            return problems;
        }
        for (TeamTarget team : teams) {
            if (!direction.meets(team.target(), goalTarget)) {
                problems.add(team.team() + " har målet " + DanishFormat.number(team.target(), decimals)
                        + ", som er mindre ambitiøst end kommunens mål på " + DanishFormat.number(goalTarget, decimals)
                        + ".");
            }
        }
        return problems;
    }
}
