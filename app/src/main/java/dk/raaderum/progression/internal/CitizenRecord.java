package dk.raaderum.progression.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.raaderum.plan.TargetGroup;
import dk.raaderum.progression.Assessment;
import dk.raaderum.progression.Effort;
import dk.raaderum.progression.SubGoalProgress;

/** Everything Råderum keeps about one citizen. */
record CitizenRecord(long id, int municipality, String caseRef, TargetGroup targetGroup, String team, Effort effort,
        String goal, LocalDate openedOn, LocalDate closedOn, boolean synthetic, List<SubGoal> subGoals,
        List<StoredAssessment> assessments) {

    record SubGoal(long id, int ordinal, String text) {
    }

    record StoredAssessment(long id, Assessment assessment, Map<Long, SubGoalProgress> subGoals, String recordedBy,
            Instant recordedAt) {
    }

    List<Assessment> plainAssessments() {
        return assessments.stream().map(StoredAssessment::assessment).toList();
    }

    /** The fields that group citizens, for aggregates: no case reference, no free text. */
    record Grouping(long id, TargetGroup targetGroup, String team, boolean synthetic) {
    }
}
