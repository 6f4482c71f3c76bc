package dk.raaderum.partnership.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.benchmark.Benchmark;
import dk.raaderum.benchmark.BenchmarkOutcome;
import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;

/**
 * The public figures the partnership pages use: values, the newest month and quarter with data, and the fair
 * benchmark (which the benchmark module caches per data version, so a run is shared by the network view and the
 * practice cards and is fresh after an import).
 */
@Component
class Figures {

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Benchmark benchmark;
    private final Geography geography;

    Figures(IndicatorCatalog catalog, IndicatorValues values, Benchmark benchmark, Geography geography) {
        this.catalog = catalog;
        this.values = values;
        this.benchmark = benchmark;
        this.geography = geography;
    }

    Optional<Indicator> indicator(String id) {
        return catalog.find(id);
    }

    Optional<Freshness> freshness(Indicator i) {
        return values.freshness(i);
    }

    /** The newest month with data. */
    Optional<Period> newestMonth(Indicator i) {
        return values.freshness(i).map(Freshness::lastPeriod)
                .map(p -> new Period(PeriodType.MONTH, p.endExclusive().minusMonths(1)));
    }

    /** The newest complete quarter with data. */
    Optional<Period> newestQuarter(Indicator i) {
        return newestMonth(i).map(m -> {
            Period q = Period.containing(PeriodType.QUARTER, m.start());
            return q.endExclusive().equals(m.endExclusive()) ? q
                    : new Period(PeriodType.QUARTER, q.start().minusMonths(3));
        });
    }

    Optional<Period> firstMonth(Indicator i) {
        return values.firstMonth(i);
    }

    Double value(Indicator i, int municipality, Period p) {
        Area area = geography.municipality(municipality).orElseThrow().asArea();
        return values.series(i, area, p, p).get(0).value();
    }

    /** The comparable municipalities as one group (ratio of sums for a share). */
    Double group(Indicator i, List<Integer> members, Period p) {
        if (members.isEmpty()) {
            return null;
        }
        List<Area> areas = members.stream().map(c -> geography.municipality(c).orElseThrow().asArea()).toList();
        return values.groupSeries(i, areas, p, p).get(0);
    }

    /** The benchmark row of a municipality for a share, if the benchmark can be run for the period. */
    Optional<BenchmarkResult.Row> benchmark(Indicator share, Period p, int municipality) {
        return benchmark.attempt(share, p, Benchmark.DEFAULT_PEERS) instanceof BenchmarkOutcome.Fitted fitted
                ? fitted.result().municipalities().stream().filter(row -> row.municipality() == municipality).findFirst()
                : Optional.empty();
    }
}
