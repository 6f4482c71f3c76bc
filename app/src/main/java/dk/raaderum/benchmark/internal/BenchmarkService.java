package dk.raaderum.benchmark.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

import dk.raaderum.benchmark.Benchmark;
import dk.raaderum.benchmark.BenchmarkOutcome;
import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.DataVersion;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.Caches;
import dk.raaderum.platform.ReadThrough;
import dk.raaderum.statistics.LeastSquares;
import dk.raaderum.statistics.RankIntervals;

/**
 * The benchmark: the expected level from the framework conditions, the difference in points, persons and kroner,
 * ranks in the share's good direction, explanation and peers. Results are cached per share, period, peers and
 * data version, so a new import (from any process) is read at the next request and nothing older is served.
 */
@Service
class BenchmarkService implements Benchmark {

    static final String CACHE = "benchmark";
    /** How many periods back the pages look for one with enough municipalities. */
    private static final int SEARCH_PERIODS = 24;

    private final FrameworkConditions conditions;
    private final IndicatorValues values;
    private final IndicatorCatalog catalog;
    private final Geography geography;
    private final CostBasis costs;
    private final DataVersion version;
    private final Clock clock;
    private final Cache cache;

    private record RunKey(String share, Period period, int peers, DataVersion.Stamp stamp, int year) {
    }

    private record LatestKey(String share, DataVersion.Stamp stamp) {
    }

    BenchmarkService(FrameworkConditions conditions, IndicatorValues values, IndicatorCatalog catalog,
            Geography geography, CostBasis costs, DataVersion version, Clock clock, CacheManager caches) {
        this.conditions = conditions;
        this.values = values;
        this.catalog = catalog;
        this.geography = geography;
        this.costs = costs;
        this.version = version;
        this.clock = clock;
        this.cache = caches.getCache(CACHE);
    }

    @Override
    public BenchmarkOutcome attempt(Indicator share, Period period, int peers) {
        // the year is in the key because the rate-table fallback depends on today's year
        RunKey key = new RunKey(share.id(), period, peers, version.current(), DanishFormat.today(clock).getYear());
        return ReadThrough.get(cache, key, () -> compute(share, period, peers));
    }

    @Override
    public Optional<Period> latestPeriod(Indicator share) {
        return ReadThrough.get(cache, new LatestKey(share.id(), version.current()), () -> findLatestPeriod(share));
    }

    private Optional<Period> findLatestPeriod(Indicator share) {
        Optional<Period> newest = values.freshness(share).map(Freshness::lastPeriod);
        if (share.unit() != Unit.PROCENT || newest.isEmpty()) {
            return Optional.empty();
        }
        List<Area> areas = geography.municipalities().stream().map(Municipality::asArea).toList();
        List<List<Observation>> series = values.series(share, areas, newest.get().minus(SEARCH_PERIODS - 1),
                newest.get());
        int needed = ExpectedLevels.minimumMunicipalities(conditions.current().conditions().size());
        for (int p = SEARCH_PERIODS - 1; p >= 0; p--) {
            int period = p;
            if (series.stream().filter(s -> s.get(period).value() != null).count() >= needed) {
                return Optional.of(series.get(0).get(period).period());
            }
        }
        return Optional.empty();
    }

    private BenchmarkOutcome compute(Indicator share, Period period, int peers) {
        if (share.unit() != Unit.PROCENT) {
            return new BenchmarkOutcome.NotPossible(
                    "Benchmark kræver en andel i procent; '" + share.id() + "' er ikke en andel");
        }
        FrameworkConditions.Table table = conditions.current();
        Map<Integer, Double> actual = byCode(values.snapshot(share, AreaLevel.KOMMUNE, period));
        long present = actual.values().stream().filter(v -> v != null).count();
        int needed = ExpectedLevels.minimumMunicipalities(table.conditions().size());
        if (present < needed) {
            return new BenchmarkOutcome.NotPossible("For få kommuner med tal for " + share.name() + " i "
                    + period.danish() + ": " + present + " af 98, og modellen kræver mindst " + needed + ".");
        }
        Optional<Indicator> denominator = share.isRatio() ? catalog.find(share.denominatorId()) : Optional.empty();
        Map<Integer, Double> denominators = denominator
                .map(d -> byCode(values.snapshot(d, AreaLevel.KOMMUNE, period))).orElse(Map.of());
        // only a denominator that counts persons gives a share binomial variation
        Map<Integer, Double> noise = denominator.filter(d -> d.unit() == Unit.ANTAL || d.unit() == Unit.FULDTIDSPERSONER)
                .map(d -> ExpectedLevels.binomialNoise(actual, denominators, share.factor())).orElse(Map.of());
        ExpectedLevels.Levels levels = ExpectedLevels.fit(table, actual, noise, share.goodDirection());
        Optional<CostBasis.Cost> cost = costs.of(share, period);
        return new BenchmarkOutcome.Fitted(new BenchmarkResult(share.id(), period.toString(), share.goodDirection(),
                levels.used(), levels.model(), levels.fit(), cost.map(CostBasis.Cost::perPersonYear).orElse(null),
                cost.map(CostBasis.Cost::basis).orElse(CostBasis.NONE),
                rows(share, table, levels, denominators, cost, peers)));
    }

    private List<BenchmarkResult.Row> rows(Indicator share, FrameworkConditions.Table table,
            ExpectedLevels.Levels levels, Map<Integer, Double> denominators, Optional<CostBasis.Cost> cost,
            int peers) {
        double[] mean = new double[levels.used().size()];
        double[] sd = new double[levels.used().size()];
        spread(levels.x(), mean, sd);
        Neighbours neighbours = new Neighbours(table, levels.keep(), levels.model().coefficients(), mean, sd);
        Map<Integer, Integer> clusters = neighbours.clusters();
        List<BenchmarkResult.Row> rows = new ArrayList<>();
        for (int code : table.municipalities()) {
            String name = geography.municipality(code).orElseThrow().name();
            double[] own = LeastSquares.select(table.of(code), levels.keep());
            Map<String, Double> conditionValues = new LinkedHashMap<>();
            for (int k = 0; k < own.length; k++) {
                conditionValues.put(levels.used().get(k).id(), own[k]);
            }
            List<Integer> nearest = neighbours.peers(code, peers);
            int i = levels.indexOf(code);
            if (i < 0) {
                rows.add(new BenchmarkResult.Row(code, name, null, null, null, null, null, null, null, null, null,
                        null, nearest, clusters.get(code), conditionValues,
                        List.of("Ingen værdi for " + name + " i perioden (undertrykt eller mangler).")));
                continue;
            }
            LeastSquares.Prediction p = levels.predictions().get(i);
            double actual = levels.y()[i];
            double points = actual - p.expected();
            Double denominator = denominators.get(code);
            Double persons = denominator == null ? null : points / share.factor() * denominator;
            Double kroner = persons == null || cost.isEmpty() ? null : persons * cost.get().perPersonYear();
            RankIntervals.Band band = levels.bands().get(i);
            List<String> explanation = new ArrayList<>(
                    Explanation.conditions(name, levels.model(), own, mean, levels.used()));
            explanation.add(Explanation.verdict(name, actual, p, share.goodDirection()));
            rows.add(new BenchmarkResult.Row(code, name, actual, p.expected(), p.lower(), p.upper(), points, persons,
                    kroner, band.rank(), band.best(), band.worst(), nearest, clusters.get(code), conditionValues,
                    List.copyOf(explanation)));
        }
        return List.copyOf(rows);
    }

    private static Map<Integer, Double> byCode(List<Observation> observations) {
        Map<Integer, Double> map = new HashMap<>();
        observations.forEach(o -> map.put(o.area().code(), o.value()));
        return map;
    }

    private static void spread(double[][] x, double[] mean, double[] sd) {
        for (int k = 0; k < mean.length; k++) {
            final int column = k;
            mean[k] = Arrays.stream(x).mapToDouble(r -> r[column]).average().orElse(0);
            sd[k] = Math.sqrt(Arrays.stream(x).mapToDouble(r -> Math.pow(r[column] - mean[column], 2))
                    .average().orElse(0));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BenchmarkCache {
        /** A result is some 100 kB; a few hundred cover every share for two years of months. */
        @Bean
        CacheManagerCustomizer<CaffeineCacheManager> benchmarkCache() {
            return Caches.of(CACHE, 400, Duration.ofHours(6));
        }
    }
}
