package dk.raaderum.plan;

import java.util.List;

/** The goals of a municipality's plan for a year, each with its status computed from the newest data. */
public interface PlanFollowUp {

    List<FollowedGoal> goals(int municipality, int year);

    /** The year of the newest plan the municipality has, if any. */
    java.util.Optional<Integer> newestPlanYear(int municipality);
}
