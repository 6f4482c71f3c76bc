package dk.raaderum.plan;

import java.util.List;
import java.util.Optional;

/** The goals of a municipality's plan for a year, each with its status computed from the newest data. */
public interface PlanFollowUp {

    List<FollowedGoal> goals(int municipality, int year);

    /** The year of the newest plan the municipality has, if any. */
    Optional<Integer> newestPlanYear(int municipality);

    /** The municipality's committee cases, newest meeting first. */
    List<DecisionSummary> decisions(int municipality);

    /** One committee case with its alternatives and goals, if the municipality has it. */
    Optional<DecisionOptions> decision(int municipality, long id);

    /** Every committee case of the municipality with its alternatives and goals, newest meeting first. */
    List<DecisionOptions> decisionOptions(int municipality);

    /** The motorveje (one per target group) of the municipality's plan for a year. */
    List<Motorvej> motorveje(int municipality, int year);
}
