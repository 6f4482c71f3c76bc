package dk.raaderum.indicator;

import dk.raaderum.geography.Area;

/** The value of an indicator for an area and a period; {@code value} is null when it is missing or suppressed. */
public record Observation(Area area, Period period, Double value) {

    public boolean isMissing() {
        return value == null;
    }
}
