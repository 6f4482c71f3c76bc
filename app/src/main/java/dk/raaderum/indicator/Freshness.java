package dk.raaderum.indicator;

import java.time.Instant;

/** How fresh an indicator's data is: the last period with a value, and when and from where it was imported. */
public record Freshness(Period lastPeriod, Instant importedAt, String source) {
}
