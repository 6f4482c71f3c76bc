package dk.raaderum.plan;

import java.time.YearMonth;

/**
 * The expected value of an indicator in {@code month}, with a prediction interval at {@link Forecaster#LEVEL}.
 *
 * @param seasonal whether the model had monthly season terms (it needs two years of data for that)
 * @param basedOn how many months of data the model was fitted on
 */
public record Forecast(YearMonth month, double value, double lower, double upper, boolean seasonal, int basedOn) {
}
