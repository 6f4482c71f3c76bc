package dk.raaderum.progression.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.raaderum.plan.TargetGroup;
import dk.raaderum.platform.FreeText;
import dk.raaderum.progression.Assessment;
import dk.raaderum.progression.CaseReference;
import dk.raaderum.progression.Dimension;
import dk.raaderum.progression.Effort;
import dk.raaderum.progression.SubGoalProgress;

/** What the API and the forms send, as typed, and the checks that turn it into stored fields. */
final class Drafts {

    static final int TEAM_LENGTH = 60;
    static final int GOAL_LENGTH = 500;
    static final int SUB_GOAL_LENGTH = 200;
    static final int MAX_SUB_GOALS = 10;
    /** The text a form or file may give for a dimension that was not assessed. */
    static final String NOT_ASSESSED = "ikke vurderet";

    private Drafts() {
    }

    record CitizenDraft(String caseRef, String targetGroup, String team, String effort, String goal,
            List<String> subGoals, String openedOn, String closedOn) {
    }

    record AssessmentDraft(String date, Map<String, Object> scores, Map<String, Object> citizenScores, String effort,
            Map<String, String> subGoalProgress) {
    }

    /** A refused field, as the API and the forms name it, with a Danish message that never echoes a CPR number. */
    static final class Refusal extends RuntimeException {
        final String field;

        Refusal(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    static String caseRef(String text) {
        CaseReference.problem(text).ifPresent(p -> {
            throw new Refusal("caseRef", p);
        });
        return text.strip();
    }

    static TargetGroup targetGroup(String text) {
        return TargetGroup.parse(text == null ? "" : text.strip()).filter(TargetGroup::hasMotorvej)
                .orElseThrow(() -> new Refusal("targetGroup", "Målgruppen skal være en af: " + Arrays.stream(
                        TargetGroup.values()).filter(TargetGroup::hasMotorvej).map(TargetGroup::name)
                        .collect(Collectors.joining(", "))));
    }

    static String team(String text) {
        return required("team", "Teamet", text, TEAM_LENGTH);
    }

    static Effort effort(String field, String text) {
        if (FreeText.trimmed(text) == null) {
            return null;
        }
        return Effort.parse(text).orElseThrow(() -> new Refusal(field, "Indsatsen skal være en af: "
                + Arrays.stream(Effort.values()).map(Effort::name).collect(Collectors.joining(", "))));
    }

    static String optionalText(String field, String label, String text, int max) {
        String t = FreeText.trimmed(text);
        FreeText.problem(label, t, max).ifPresent(p -> {
            throw new Refusal(field, p);
        });
        return t;
    }

    static String required(String field, String label, String text, int max) {
        String t = optionalText(field, label, text, max);
        if (t == null) {
            throw new Refusal(field, label + " skal udfyldes");
        }
        return t;
    }

    static List<String> subGoals(List<String> texts) {
        if (texts == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String t : texts) {
            String text = optionalText("subGoals", "Et delmål", t, SUB_GOAL_LENGTH);
            if (text != null) {
                kept.add(text);
            }
        }
        if (kept.size() > MAX_SUB_GOALS) {
            throw new Refusal("subGoals", "Højst " + MAX_SUB_GOALS + " delmål");
        }
        return kept;
    }

    /** An ISO date, not after today; null when blank and not required. */
    static LocalDate date(String field, String label, String text, boolean required, LocalDate today) {
        String t = FreeText.trimmed(text);
        if (t == null) {
            if (required) {
                throw new Refusal(field, label + " skal udfyldes (som 2026-03-01)");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(t);
            if (date.isAfter(today)) {
                throw new Refusal(field, label + " kan ikke ligge efter i dag");
            }
            if (date.getYear() < 2000) {
                throw new Refusal(field, label + " skal være år 2000 eller senere");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new Refusal(field, label + " skal være en dato som 2026-03-01");
        }
    }

    static CitizenRepository.Fields fields(CitizenDraft d, LocalDate today) {
        LocalDate opened = Optional.ofNullable(date("openedOn", "Startdatoen", d.openedOn(), false, today)).orElse(today);
        LocalDate closed = date("closedOn", "Lukkedatoen", d.closedOn(), false, today);
        if (closed != null && closed.isBefore(opened)) {
            throw new Refusal("closedOn", "Sagen kan ikke lukke før den startede");
        }
        return new CitizenRepository.Fields(targetGroup(d.targetGroup()), team(d.team()), effort("effort", d.effort()),
                optionalText("goal", "Borgerens mål", d.goal(), GOAL_LENGTH), opened, closed, subGoals(d.subGoals()));
    }

    /** The assessment, checked against the municipality's dimensions and the citizen's sub-goals. */
    static Assessment assessment(AssessmentDraft d, List<Dimension> dimensions, Effort current, LocalDate today) {
        LocalDate date = date("date", "Datoen", d.date(), true, today);
        Set<String> known = dimensions.stream().map(Dimension::id).collect(Collectors.toSet());
        Map<String, Integer> caseworker = scores("scores", d.scores(), known);
        Map<String, Integer> citizen = scores("citizenScores", d.citizenScores(), known);
        if (caseworker.isEmpty() && citizen.isEmpty()) {
            throw new Refusal("scores", "Vurder mindst én dimension (1-5); de øvrige kan stå som '" + NOT_ASSESSED + "'");
        }
        Effort effort = FreeText.trimmed(d.effort()) == null ? current : effort("effort", d.effort());
        return new Assessment(date, effort, caseworker, citizen);
    }

    static Map<Long, SubGoalProgress> subGoalProgress(Map<String, String> given, List<CitizenRecord.SubGoal> goals) {
        Map<Long, SubGoalProgress> progress = new LinkedHashMap<>();
        if (given == null) {
            return progress;
        }
        Set<String> ids = goals.stream().map(g -> Long.toString(g.id())).collect(Collectors.toSet());
        given.forEach((id, value) -> {
            if (FreeText.trimmed(value) == null) {
                return;
            }
            if (!ids.contains(id)) {
                throw new Refusal("subGoalProgress", "Delmålet " + FreeText.trimmed(id) + " hører ikke til borgeren");
            }
            progress.put(Long.parseLong(id), SubGoalProgress.parse(value).orElseThrow(() -> new Refusal(
                    "subGoalProgress", "Fremskridt på et delmål skal være IKKE_STARTET, I_GANG eller NAAET")));
        });
        return progress;
    }

    private static Map<String, Integer> scores(String field, Map<String, Object> given, Set<String> known) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (given == null) {
            return scores;
        }
        given.forEach((dimension, value) -> {
            if (!known.contains(dimension)) {
                throw new Refusal(field, "Ukendt dimension '" + FreeText.trimmed(dimension) + "'; se …/progression/dimensions");
            }
            score(field, dimension, value).ifPresent(s -> scores.put(dimension, s));
        });
        return scores;
    }

    /** 1 to 5, or empty for "ikke vurderet" (or nothing). */
    static Optional<Integer> score(String field, String dimension, Object value) {
        if (value == null || value instanceof String s && (s.isBlank() || s.strip().equalsIgnoreCase(NOT_ASSESSED))) {
            return Optional.empty();
        }
        Integer score = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue()
                : value instanceof String s && s.strip().matches("[1-5]") ? Integer.valueOf(s.strip()) : null;
        if (score == null || score < 1 || score > 5) {
            throw new Refusal(field, "Vurderingen af '" + dimension + "' skal være et helt tal fra 1 til 5 eller '"
                    + NOT_ASSESSED + "'");
        }
        return Optional.of(score);
    }
}
