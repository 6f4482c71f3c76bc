package dk.raaderum.indicator;

import java.util.List;
import java.util.Optional;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;

/** Reads indicator values for any area and period, computing aggregates and roll-ups on the way. */
public interface IndicatorValues {

    /** One observation per period from {@code from} to {@code to} (same period type), missing ones included. */
    List<Observation> series(Indicator indicator, Area area, Period from, Period to);

    /** {@link #series} for several areas at once, from one read of the stored values. */
    List<List<Observation>> series(Indicator indicator, List<Area> areas, Period from, Period to);

    /**
     * One value per period for a group of municipalities (for example comparable ones): counts summed, shares
     * as the ratio of summed numerators and denominators; null where any member is missing.
     */
    List<Double> groupSeries(Indicator indicator, List<Area> members, Period from, Period to);

    /** The indicator for the municipality and what it is compared with, from one read of the stored values. */
    default Comparison compare(Indicator indicator, ComparisonAreas areas, Period from, Period to) {
        List<List<Double>> geographic = series(indicator, areas.geographic(), from, to).stream()
                .map(s -> s.stream().map(Observation::value).toList()).toList();
        List<Double> peers = areas.peers().isEmpty() ? List.of() : groupSeries(indicator, areas.peers(), from, to);
        return new Comparison(indicator, areas, from.through(to), geographic, peers);
    }

    /** One observation per area of the level, for one period. */
    List<Observation> snapshot(Indicator indicator, AreaLevel level, Period period);

    /** The first month with a value behind the indicator, if it has any. */
    Optional<Period> firstMonth(Indicator indicator);

    /** The newest data behind the indicator, if it has any. */
    Optional<Freshness> freshness(Indicator indicator);
}
