package dk.raaderum.plan;

import java.time.YearMonth;

/**
 * What a goal promises: the indicator should reach {@code target} (in {@code direction}) by the month
 * {@code deadline}. {@code unit} and {@code decimals} only shape the sentences of the reasoning.
 */
public record GoalTerms(double target, Direction direction, YearMonth deadline, String unit, int decimals) {
}
