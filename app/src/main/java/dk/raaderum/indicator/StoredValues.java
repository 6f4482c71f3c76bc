package dk.raaderum.indicator;

import dk.raaderum.geography.Area;

/** Values as published or imported. A stored null is a suppressed value, which differs from no value at all. */
public interface StoredValues {

    boolean contains(String indicatorId, Area area, Period period);

    /** The stored value, or null when it is suppressed; only meaningful when {@link #contains} is true. */
    Double get(String indicatorId, Area area, Period period);
}
