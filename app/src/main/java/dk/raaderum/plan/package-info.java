/**
 * The steering chain of one municipality: vision, values and strategies; the yearly employment plan with its
 * goals per target group (broken down to teams); the goals' status computed from the data with a forecast; the
 * "motorvej" per target group (effort, activation mix, budget) and a consistency check; committee decisions;
 * and the yearly resultatrevision. The rules ({@link dk.raaderum.plan.StatusRules}, {@link
 * dk.raaderum.plan.Forecaster}, {@link dk.raaderum.plan.TeamBreakdown}, {@link dk.raaderum.plan.ConsistencyCheck})
 * are free of Spring.
 */
package dk.raaderum.plan;
