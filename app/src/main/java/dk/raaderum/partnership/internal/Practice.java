package dk.raaderum.partnership.internal;

import java.time.YearMonth;
import java.util.List;

import dk.raaderum.partnership.Recommendation;
import dk.raaderum.plan.TargetGroup;

/**
 * A card of the practice library: what a municipality does, which recommendations and target groups it serves, when
 * it started, whom to ask (a role, never a person's name) and which indicators to watch. {@code example} marks a demo
 * card written from the recommendations' examples.
 */
record Practice(long id, int municipality, String municipalityName, String title, String description, YearMonth start,
        String contactRole, List<Recommendation> recommendations, List<TargetGroup> targetGroups,
        List<String> indicators, boolean example, List<Integer> adoptedBy) {

    /** What the form or the API sends. */
    record Draft(Integer municipality, String title, String description, String start, String contactRole,
            List<Integer> recommendations, List<String> targetGroups, List<String> indicators) {
    }

    public List<Integer> recommendationNumbers() {
        return recommendations.stream().map(Recommendation::number).toList();
    }
}
