package dk.raaderum.indicator;

import dk.raaderum.geography.Area;

/** A value to store; a null {@code value} records that the publisher suppressed it. */
public record NewValue(String indicatorId, Area area, Period period, Double value) {
}
