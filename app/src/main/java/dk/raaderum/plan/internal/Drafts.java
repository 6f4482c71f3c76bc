package dk.raaderum.plan.internal;

import java.util.List;

/** What a client sends to create or change steering documents (the JSON bodies and the forms). */
final class Drafts {

    private Drafts() {
    }

    record GoalDraft(String kind, String title, String targetGroup, String indicator, String baselineMonth,
            Double baselineValue, Double target, String direction, String deadline, String owner, Integer planYear,
            List<TeamDraft> teams) {
    }

    record TeamDraft(String team, Double target, String owner) {
    }

    record TextDraft(String body) {
    }

    record MotorvejDraft(String targetGroup, String principles, String beyondMinimum, String availability,
            Double mixCompany, Double mixEducation, Double mixProjects, Double mixNytte, Double budgetDkk) {
    }

    record DecisionDraft(String title, String background, String meetingDate, List<AlternativeDraft> alternatives,
            List<Long> goals) {
    }

    record AlternativeDraft(String title, String expectedEffect, Double expectedCost, Boolean recommended) {
    }

    record Verdict(Long alternative, String rationale) {
    }

    record SharingDraft(Boolean shares) {
    }
}
