package dk.raaderum.partnership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two or three recommendations the council presentation suggests focusing on: the two with the lowest score, and
 * the one where the roles disagree most (when the gap is at least {@link #LARGE_GAP} point and it is not already
 * among them). A recommendation's score is the all-roles mean when shown; otherwise the mean of the shown roles'
 * means (each role counts once); without either it cannot be chosen.
 */
public final class FocusRecommendations {

    public static final double LARGE_GAP = 1.0;

    /** A chosen recommendation and why: its score (null when chosen for the gap alone) and its gap, if any. */
    public record Focus(Recommendation recommendation, Double score, boolean lowScore, RoleGaps.Gap gap) {
    }

    private FocusRecommendations() {
    }

    public static List<Focus> choose(SurveyResults.Results results) {
        Map<Recommendation, Double> scores = new LinkedHashMap<>();
        for (Recommendation r : Recommendation.values()) {
            score(results, r).ifPresent(s -> scores.put(r, s));
        }
        List<Recommendation> lowest = scores.entrySet().stream()
                .sorted(Map.Entry.<Recommendation, Double>comparingByValue().thenComparing(e -> e.getKey().number()))
                .limit(2).map(Map.Entry::getKey).toList();
        List<Focus> chosen = new ArrayList<>();
        for (Recommendation r : lowest) {
            chosen.add(new Focus(r, scores.get(r), true, RoleGaps.gap(results, r)
                    .filter(g -> g.size() >= LARGE_GAP - 1e-9).orElse(null)));
        }
        RoleGaps.noteworthy(results).stream().findFirst()
                .filter(g -> g.size() >= LARGE_GAP - 1e-9 && !lowest.contains(g.recommendation()))
                .ifPresent(g -> chosen.add(new Focus(g.recommendation(), scores.get(g.recommendation()), false, g)));
        chosen.sort(Comparator.comparingInt(f -> f.recommendation().number()));
        return List.copyOf(chosen);
    }

    /** The all-roles mean when shown, else the mean of the shown roles' means. */
    public static Optional<Double> score(SurveyResults.Results results, Recommendation r) {
        Optional<SurveyResults.Cell> all = results.recommendation(r, null).filter(c -> !c.suppressed());
        if (all.isPresent()) {
            return Optional.of(all.get().mean());
        }
        List<Double> roleMeans = results.byRecommendation().stream()
                .filter(c -> c.recommendation() == r && c.role() != null && !c.suppressed())
                .map(SurveyResults.Cell::mean).toList();
        return roleMeans.isEmpty() ? Optional.empty()
                : Optional.of(roleMeans.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }
}
