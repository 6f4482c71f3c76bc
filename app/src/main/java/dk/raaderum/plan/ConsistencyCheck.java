package dk.raaderum.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Does goal, effort and economy hang together per target group? Lists goals without an effort or a budget, and
 * efforts or budgets without a goal. Cross-cutting goals need no motorvej of their own.
 */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    /** What the check looks at of a motorvej: whether it describes an effort and whether it has a budget. */
    public record Effort(TargetGroup group, boolean describesEffort, boolean hasBudget) {
    }

    public record Finding(TargetGroup group, String text) {
    }

    public static List<Finding> check(List<TargetGroup> goalGroups, List<Effort> efforts) {
        Set<TargetGroup> withGoals = goalGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(goalGroups);
        List<Finding> findings = new ArrayList<>();
        for (TargetGroup group : withGoals) {
            if (!group.hasMotorvej()) {
                continue;
            }
            Effort effort = efforts.stream().filter(e -> e.group() == group).findFirst().orElse(null);
            if (effort == null || !effort.describesEffort()) {
                findings.add(new Finding(group, group.danish() + " har mål, men ingen beskrevet indsats."));
            }
            if (effort == null || !effort.hasBudget()) {
                findings.add(new Finding(group, group.danish() + " har mål, men intet budget."));
            }
        }
        for (Effort effort : efforts) {
            if (!withGoals.contains(effort.group())) {
                if (effort.describesEffort()) {
                    findings.add(new Finding(effort.group(), effort.group().danish() + " har en indsats, men intet mål."));
                }
                if (effort.hasBudget()) {
                    findings.add(new Finding(effort.group(), effort.group().danish() + " har et budget, men intet mål."));
                }
            }
        }
        return findings;
    }
}
