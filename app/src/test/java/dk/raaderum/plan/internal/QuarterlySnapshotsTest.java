package dk.raaderum.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.plan.Goal;
import dk.raaderum.plan.GoalStatus;

@RaaderumIntegrationTest
class QuarterlySnapshotsTest {

    @Autowired
    SteeringService steering;
    @Autowired
    PlanRepository repository;
    @Autowired
    QuarterlySnapshots snapshots;

    private Goal goal(double target) {
        Drafts.GoalDraft draft = new Drafts.GoalDraft("LOKAL", "Kvartalsmål", "JOBPARATE", "ledige_fuldtid", "2024-12",
                null, target, "NED", "2025-12", "Chefen", 2025, List.of());
        long id = ((Saved.Done) steering.createGoal(575, draft, "test")).id();
        return repository.goal(575, id).orElseThrow();
    }

    @Test
    void each_completed_quarter_of_the_plan_year_gets_one_snapshot_on_the_data_up_to_its_end() {
        Goal goal = goal(1_000_000);

        snapshots.takeDue(List.of(goal), LocalDate.of(2026, 1, 1));

        List<PlanRepository.Snapshot> taken = repository.snapshots(goal.id());
        assertThat(taken).extracting(s -> s.quarter().start()).containsExactly(LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 1, 1));
        assertThat(taken.get(3).latestMonth()).isEqualTo(java.time.YearMonth.of(2025, 3));
        assertThat(taken).allMatch(s -> s.status() == GoalStatus.PAA_SPOR);
    }

    @Test
    void a_snapshot_once_taken_is_not_changed_when_the_goal_changes() {
        Goal goal = goal(1_000_000);
        snapshots.takeDue(List.of(goal), LocalDate.of(2025, 4, 1));
        steering.updateGoal(575, goal.id(), new Drafts.GoalDraft("LOKAL", "Kvartalsmål", "JOBPARATE",
                "ledige_fuldtid", "2024-12", null, 1.0, "NED", "2025-12", "Chefen", 2025, List.of()), "test");

        snapshots.takeDue(List.of(repository.goal(575, goal.id()).orElseThrow()), LocalDate.of(2025, 7, 1));

        List<PlanRepository.Snapshot> taken = repository.snapshots(goal.id());
        assertThat(taken).hasSize(2);
        assertThat(taken.get(1).status()).isEqualTo(GoalStatus.PAA_SPOR);
        assertThat(taken.get(0).status()).isNotEqualTo(GoalStatus.PAA_SPOR);
    }
}
