package dk.raaderum.partnership;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The temperature survey's results per statement, recommendation and role, with small groups kept out of sight.
 *
 * <ol>
 * <li>A role with fewer than {@value #THRESHOLD} respondents is shown nowhere, and a statement with fewer than
 * {@value #THRESHOLD} scored answers in a role (the rest "ved ikke") is not shown for that role: "for få svar", with
 * no mean, no distribution and no n (which would tell how many said "ved ikke").</li>
 * <li>The all-roles figure of a statement is shown only when what a reader can get by subtracting the shown roles
 * from it is nothing, or a group that would itself have been shown (at least {@value #THRESHOLD} respondents and
 * {@value #THRESHOLD} scored answers). Otherwise it is hidden as well ("skjult"), so a single small role can never
 * be found as "all roles minus the others".</li>
 * <li>A recommendation's figure (for a role or all roles) is shown only when every statement figure it adds up is
 * shown: it then tells nothing the statements do not, and cannot be used against a hidden one.</li>
 * </ol>
 * Each respondent answers every statement once (unanswered counts as "ved ikke"), so a role's respondents are the
 * answers to any one statement.
 */
public final class SurveyResults {

    public static final int THRESHOLD = 5;

    public enum Visibility {
        SHOWN("vist"), TOO_FEW("for få svar"), PROTECTED("skjult");

        private final String danish;

        Visibility(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }
    }

    /**
     * One figure. {@code statement} is null for a recommendation's figure, {@code role} null for all roles;
     * {@code shown} is the distribution when it may be shown, else null.
     */
    public record Cell(SurveyStatement statement, Recommendation recommendation, SurveyRole role, Visibility visibility,
            Distribution shown) {

        public boolean suppressed() {
            return visibility != Visibility.SHOWN;
        }

        public Double mean() {
            return shown == null ? null : shown.mean();
        }

        public Integer n() {
            return shown == null ? null : shown.n();
        }
    }

    /**
     * @param respondents     per role that has answered
     * @param byStatement     per statement and answering role
     * @param overall         per statement, all roles together
     * @param byRecommendation per recommendation and answering role, and (role null) all roles together
     */
    public record Results(Map<SurveyRole, Integer> respondents, List<Cell> byStatement, List<Cell> overall,
            List<Cell> byRecommendation) {

        public int totalRespondents() {
            return respondents.values().stream().mapToInt(Integer::intValue).sum();
        }

        public Optional<Cell> recommendation(Recommendation r, SurveyRole role) {
            return byRecommendation.stream().filter(c -> c.recommendation() == r && c.role() == role).findFirst();
        }

        public Optional<Cell> statement(SurveyStatement s, SurveyRole role) {
            return (role == null ? overall : byStatement).stream()
                    .filter(c -> c.statement().id() == s.id() && c.role() == role).findFirst();
        }
    }

    private SurveyResults() {
    }

    /** The results of the answers, given per statement id and role. */
    public static Results of(List<SurveyStatement> statements, Map<Long, Map<SurveyRole, Distribution>> answers) {
        Map<SurveyRole, Integer> respondents = new EnumMap<>(SurveyRole.class);
        for (SurveyStatement s : statements) {
            answers.getOrDefault(s.id(), Map.of()).forEach((role, d) -> respondents.merge(role, d.respondents(), Math::max));
        }
        respondents.values().removeIf(n -> n == 0);

        List<Cell> byStatement = new ArrayList<>();
        List<Cell> overall = new ArrayList<>();
        for (SurveyStatement s : statements) {
            Map<SurveyRole, Distribution> given = answers.getOrDefault(s.id(), Map.of());
            Distribution total = Distribution.NONE;
            Distribution hidden = Distribution.NONE;
            for (SurveyRole role : respondents.keySet()) {
                Distribution d = given.getOrDefault(role, Distribution.NONE);
                boolean tooFew = respondents.get(role) < THRESHOLD || d.n() < THRESHOLD;
                byStatement.add(cell(s, s.recommendation(), role, tooFew ? Visibility.TOO_FEW : Visibility.SHOWN, d));
                total = total.plus(d);
                hidden = tooFew ? hidden.plus(d) : hidden;
            }
            if (total.respondents() > 0) {
                overall.add(cell(s, s.recommendation(), null, overallVisibility(total, hidden), total));
            }
        }

        List<Cell> byRecommendation = new ArrayList<>();
        for (Recommendation r : Recommendation.values()) {
            List<SurveyStatement> asked = statements.stream().filter(s -> s.recommendation() == r).toList();
            if (asked.isEmpty()) {
                continue;
            }
            for (SurveyRole role : respondents.keySet()) {
                byRecommendation.add(sum(r, role, byStatement, asked,
                        respondents.get(role) < THRESHOLD ? Visibility.TOO_FEW : Visibility.PROTECTED));
            }
            if (!respondents.isEmpty()) {
                byRecommendation.add(sum(r, null, overall, asked,
                        respondents.values().stream().mapToInt(Integer::intValue).sum() < THRESHOLD
                                ? Visibility.TOO_FEW : Visibility.PROTECTED));
            }
        }
        return new Results(Map.copyOf(respondents), List.copyOf(byStatement), List.copyOf(overall),
                List.copyOf(byRecommendation));
    }

    /** Shown when subtracting the shown roles leaves nothing, or a group that would itself be shown. */
    static Visibility overallVisibility(Distribution total, Distribution hidden) {
        if (total.n() < THRESHOLD) {
            return Visibility.TOO_FEW;
        }
        boolean residualSafe = hidden.respondents() == 0
                || hidden.respondents() >= THRESHOLD && hidden.n() >= THRESHOLD;
        return residualSafe ? Visibility.SHOWN : Visibility.PROTECTED;
    }

    /** A recommendation's figure: the sum of its statements' figures, shown only when all of them are. */
    private static Cell sum(Recommendation r, SurveyRole role, List<Cell> cells, List<SurveyStatement> asked,
            Visibility otherwise) {
        List<Cell> parts = cells.stream().filter(c -> c.recommendation() == r && c.role() == role).toList();
        boolean allShown = parts.size() == asked.size() && parts.stream().noneMatch(Cell::suppressed);
        if (!allShown) {
            return new Cell(null, r, role, otherwise, null);
        }
        Distribution total = parts.stream().map(Cell::shown).reduce(Distribution.NONE, Distribution::plus);
        return new Cell(null, r, role, Visibility.SHOWN, total);
    }

    private static Cell cell(SurveyStatement s, Recommendation r, SurveyRole role, Visibility v, Distribution d) {
        return new Cell(s, r, role, v, v == Visibility.SHOWN ? d : null);
    }
}
