package dk.raaderum.plan;

/**
 * A goal's computed status with the facts behind it and the reasoning in Danish.
 *
 * @param latest the newest month with a value, or null when there is none
 * @param forecast the forecast to the deadline, or null when none was needed or possible
 */
public record Assessment(GoalStatus status, MonthlyValue latest, Forecast forecast, String reasoning) {
}
