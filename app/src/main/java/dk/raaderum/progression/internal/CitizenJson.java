package dk.raaderum.progression.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.raaderum.progression.CitizenData;
import dk.raaderum.progression.Effort;

/** A citizen's record as the API shows it to those who may read individuals. */
record CitizenJson(long id, String caseRef, String targetGroup, String targetGroupName, String team, String effort,
        String goal, List<SubGoalJson> subGoals, LocalDate openedOn, LocalDate closedOn, boolean synthetic,
        List<AssessmentJson> assessments) {

    record SubGoalJson(long id, String text) {
    }

    record AssessmentJson(LocalDate date, String effort, Map<String, Integer> scores,
            Map<String, Integer> citizenScores, Map<String, String> subGoalProgress, String recordedBy,
            Instant recordedAt) {
    }

    record Summary(long id, String caseRef, String targetGroup, String team, String effort, LocalDate openedOn,
            LocalDate closedOn, boolean synthetic, int assessments, LocalDate lastAssessment) {
    }

    /** Everything about one citizen for an access request: the record and what other modules link to it. */
    record Export(Instant exportedAt, CitizenJson record, List<CitizenData.Fact> linked) {
    }

    static CitizenJson of(CitizenRecord r) {
        return new CitizenJson(r.id(), r.caseRef(), r.targetGroup().name(), r.targetGroup().danish(), r.team(),
                name(r.effort()), r.goal(), r.subGoals().stream().map(g -> new SubGoalJson(g.id(), g.text())).toList(),
                r.openedOn(), r.closedOn(), r.synthetic(), r.assessments().stream().map(a -> {
                    Map<String, String> progress = new LinkedHashMap<>();
                    a.subGoals().forEach((goal, p) -> progress.put(Long.toString(goal), p.name()));
                    return new AssessmentJson(a.assessment().date(), name(a.assessment().effort()),
                            new java.util.TreeMap<>(a.assessment().caseworker()),
                            new java.util.TreeMap<>(a.assessment().citizen()), progress, a.recordedBy(), a.recordedAt());
                }).toList());
    }

    static Summary of(CitizenRepository.Summary s) {
        return new Summary(s.id(), s.caseRef(), s.targetGroup().name(), s.team(), name(s.effort()), s.openedOn(),
                s.closedOn(), s.synthetic(), s.assessments(), s.lastAssessment());
    }

    /** The record as facts, one a line, for the CSV form of an access request. */
    static List<CitizenData.Fact> facts(CitizenRecord r) {
        List<CitizenData.Fact> facts = new ArrayList<>();
        String opened = r.openedOn().toString();
        facts.add(new CitizenData.Fact("stamoplysninger", opened, "sagsreference", r.caseRef()));
        facts.add(new CitizenData.Fact("stamoplysninger", opened, "målgruppe", r.targetGroup().danish()));
        facts.add(new CitizenData.Fact("stamoplysninger", opened, "team", r.team()));
        facts.add(new CitizenData.Fact("stamoplysninger", opened, "indsats", r.effort() == null ? "" : r.effort().danish()));
        facts.add(new CitizenData.Fact("stamoplysninger", opened, "mål", r.goal() == null ? "" : r.goal()));
        facts.add(new CitizenData.Fact("stamoplysninger", r.closedOn() == null ? null : r.closedOn().toString(),
                "sagen lukket", r.closedOn() == null ? "nej" : "ja"));
        r.subGoals().forEach(g -> facts.add(new CitizenData.Fact("delmål", null, "delmål " + g.ordinal(), g.text())));
        for (CitizenRecord.StoredAssessment a : r.assessments()) {
            String date = a.assessment().date().toString();
            facts.add(new CitizenData.Fact("vurdering", date, "indsats",
                    a.assessment().effort() == null ? "" : a.assessment().effort().danish()));
            new java.util.TreeMap<>(a.assessment().caseworker()).forEach((d, s) -> facts.add(
                    new CitizenData.Fact("vurdering", date, d + " (sagsbehandler)", s.toString())));
            new java.util.TreeMap<>(a.assessment().citizen()).forEach((d, s) -> facts.add(
                    new CitizenData.Fact("vurdering", date, d + " (borger)", s.toString())));
            a.subGoals().forEach((goal, p) -> facts.add(new CitizenData.Fact("vurdering", date, "delmål-id " + goal,
                    p.danish())));
            facts.add(new CitizenData.Fact("vurdering", date, "registreret af", a.recordedBy()));
        }
        return facts;
    }

    private static String name(Effort effort) {
        return effort == null ? null : effort.name();
    }
}
