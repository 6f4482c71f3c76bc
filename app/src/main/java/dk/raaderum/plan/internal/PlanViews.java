package dk.raaderum.plan.internal;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;

import dk.raaderum.plan.ConsistencyCheck;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Goal;

/** Read models the API and the pages share: the consistency check and the goals as they stood at a year's end. */
@Service
class PlanViews {

    private final PlanRepository repository;
    private final GoalAssessor assessor;

    PlanViews(PlanRepository repository, GoalAssessor assessor) {
        this.repository = repository;
        this.assessor = assessor;
    }

    List<ConsistencyCheck.Finding> consistency(int municipality, int year) {
        return consistency(municipality, year, repository.goals(municipality, year));
    }

    /** The check for goals the caller has already read. */
    List<ConsistencyCheck.Finding> consistency(int municipality, int year, List<Goal> goals) {
        return ConsistencyCheck.check(goals.stream().map(Goal::targetGroup).toList(),
                repository.motorveje(municipality, year).stream()
                        .map(m -> new ConsistencyCheck.Effort(m.group(), m.describesEffort(), m.budgetDkk() != null))
                        .toList());
    }

    /** The year's goals assessed on the data up to December of that year. */
    List<FollowedGoal> yearEnd(int municipality, int year) {
        return repository.goals(municipality, year).stream()
                .map(g -> assessor.follow(g, YearMonth.of(year, 12))).toList();
    }
}
