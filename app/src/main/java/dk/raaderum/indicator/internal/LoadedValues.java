package dk.raaderum.indicator.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.indicator.StoredValues;

/** Stored values held in memory for one calculation. */
final class LoadedValues implements StoredValues {

    record Key(String indicatorId, AreaLevel level, int areaCode, PeriodType type, LocalDate start) {
    }

    private final Map<Key, Double> values = new HashMap<>();

    void put(Key key, Double value) {
        values.put(key, value);
    }

    @Override
    public boolean contains(String indicatorId, Area area, Period period) {
        return values.containsKey(key(indicatorId, area, period));
    }

    @Override
    public Double get(String indicatorId, Area area, Period period) {
        return values.get(key(indicatorId, area, period));
    }

    private static Key key(String indicatorId, Area area, Period period) {
        return new Key(indicatorId, area.level(), area.code(), period.type(), period.start());
    }
}
