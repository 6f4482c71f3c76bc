package dk.raaderum.plan;

import java.time.YearMonth;

/** An indicator's value in one month; {@code value} is null when it is missing or suppressed. */
public record MonthlyValue(YearMonth month, Double value) {
}
