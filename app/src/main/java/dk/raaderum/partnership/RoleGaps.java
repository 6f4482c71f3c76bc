package dk.raaderum.partnership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the roles disagree: per recommendation, the highest and the lowest mean among the roles whose figure is
 * shown. Only shown figures are used, so a gap never reveals a hidden one.
 */
public final class RoleGaps {

    /** A gap smaller than this (on the 1–5 scale) is not called a difference. */
    public static final double NOTEWORTHY = 0.5;

    public record Gap(Recommendation recommendation, SurveyRole high, double highMean, SurveyRole low, double lowMean) {
        public double size() {
            return highMean - lowMean;
        }
    }

    private RoleGaps() {
    }

    /** The gaps of at least {@link #NOTEWORTHY} point, largest first (ties in recommendation order). */
    public static List<Gap> noteworthy(SurveyResults.Results results) {
        List<Gap> gaps = new ArrayList<>();
        for (Recommendation r : Recommendation.values()) {
            gap(results, r).filter(g -> g.size() >= NOTEWORTHY - 1e-9).ifPresent(gaps::add);
        }
        gaps.sort(Comparator.comparingDouble(Gap::size).reversed()
                .thenComparing(g -> g.recommendation().number()));
        return gaps;
    }

    /** The recommendation's gap between its highest and lowest shown role, when at least two roles are shown. */
    public static Optional<Gap> gap(SurveyResults.Results results, Recommendation r) {
        List<SurveyResults.Cell> shown = results.byRecommendation().stream()
                .filter(c -> c.recommendation() == r && c.role() != null && !c.suppressed())
                .sorted(Comparator.comparing(SurveyResults.Cell::role)).toList();
        if (shown.size() < 2) {
            return Optional.empty();
        }
        SurveyResults.Cell high = shown.stream().max(Comparator.comparingDouble(SurveyResults.Cell::mean)).orElseThrow();
        SurveyResults.Cell low = shown.stream().min(Comparator.comparingDouble(SurveyResults.Cell::mean)).orElseThrow();
        return Optional.of(new Gap(r, high.role(), high.mean(), low.role(), low.mean()));
    }
}
