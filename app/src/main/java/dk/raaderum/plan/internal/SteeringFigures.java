package dk.raaderum.plan.internal;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import dk.raaderum.benchmark.Benchmark;
import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.plan.TargetGroup;

/** The data a motorvej and a resultatrevision are set against: register costs, activation, benchmark, peers. */
@Service
class SteeringFigures {

    static final String ACTIVATION = "aktiveringsgrad";
    private static final List<String> REVISION_SHARES = List.of("ledige_pct_arbejdsstyrke",
            "kontanthjaelp_pct_befolkning", "reg_alle_ydelser_pct_befolkning");

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final Benchmark benchmark;

    SteeringFigures(IndicatorCatalog catalog, IndicatorValues values, Geography geography, Benchmark benchmark) {
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
        this.benchmark = benchmark;
    }

    /** A sum of kroner over the twelve months up to {@code last}, with its source. */
    record Cost(Double dkk, Period first, Period last, String source) {
    }

    /**
     * The municipality's cost after refusion for the group's benefit groups over the twelve months ending with the
     * newest register month in (or before the end of) {@code year}; empty when there is no register.
     */
    Optional<Cost> yearCost(int municipality, TargetGroup group, int year) {
        List<Indicator> costs = group.registerGroups().stream()
                .map(g -> catalog.find("reg_" + g + "_udgift_kommune")).flatMap(Optional::stream).toList();
        Optional<Freshness> fresh = costs.stream().findFirst().flatMap(values::freshness);
        if (costs.isEmpty() || fresh.isEmpty()) {
            return Optional.empty();
        }
        Period last = fresh.get().lastPeriod();
        Period december = Period.month(year, 12);
        if (last.compareTo(december) > 0) {
            last = december;
        }
        Period first = new Period(PeriodType.MONTH, last.start().minusMonths(11));
        Area area = area(municipality);
        Double total = 0.0;
        for (Indicator cost : costs) {
            for (Observation o : values.series(cost, area, first, last)) {
                total = total == null || o.value() == null ? null : total + o.value();
            }
        }
        return Optional.of(new Cost(total, first, last, fresh.get().source()));
    }

    /** The newest activation degree of cash-benefit recipients, the only activation figure the data has. */
    Optional<Observation> activation(int municipality) {
        return catalog.find(ACTIVATION).flatMap(i -> values.freshness(i).map(f ->
                values.series(i, area(municipality), f.lastPeriod(), f.lastPeriod()).get(0)));
    }

    /**
     * One share in the resultatrevision: the municipality against its comparable municipalities and its expected
     * level, and what the difference to the peers is in full-time persons and in kroner a year.
     */
    record Comparison(String indicator, String name, String period, Double actual, Double peers,
            List<String> peerNames, Double expected, Double lower, Double upper, Double personsAbovePeers,
            Double dkkAbovePeers, Double dkkAboveExpected) {
    }

    /** The shares of the revision: the general ones and one per target group with goals. */
    List<Comparison> comparisons(int municipality, int year, Set<TargetGroup> groups) {
        Set<String> ids = new LinkedHashSet<>(REVISION_SHARES);
        groups.stream().flatMap(g -> g.registerGroups().stream())
                .forEach(g -> ids.add("reg_" + g + "_pct_befolkning"));
        return ids.stream().map(catalog::find).flatMap(Optional::stream)
                .map(share -> compare(share, municipality, year)).flatMap(Optional::stream).toList();
    }

    private Optional<Comparison> compare(Indicator share, int municipality, int year) {
        Optional<Period> period = values.freshness(share).map(Freshness::lastPeriod)
                .filter(last -> last.start().getYear() >= year)
                .map(last -> YearMonth.from(last.start()).isBefore(YearMonth.of(year, 12)) ? last : Period.year(year));
        if (period.isEmpty()) {
            return Optional.empty();
        }
        BenchmarkResult result;
        try {
            result = benchmark.run(share, period.get(), Benchmark.DEFAULT_PEERS);
        } catch (IllegalArgumentException tooFewValues) {
            return Optional.empty();
        }
        Optional<BenchmarkResult.Row> row = result.municipalities().stream()
                .filter(r -> r.municipality() == municipality).findFirst();
        if (row.isEmpty() || row.get().actual() == null) {
            return Optional.empty();
        }
        BenchmarkResult.Row r = row.get();
        List<Municipality> peerMunicipalities = r.peers().stream()
                .map(c -> geography.municipality(c).orElseThrow()).toList();
        List<Area> peerAreas = peerMunicipalities.stream().map(Municipality::asArea).toList();
        Double peers = values.groupSeries(share, peerAreas, period.get(), period.get()).get(0);
        Double denominator = catalog.find(share.denominatorId())
                .map(d -> values.series(d, area(municipality), period.get(), period.get()).get(0).value()).orElse(null);
        Double persons = peers == null || denominator == null ? null
                : (r.actual() - peers) / share.factor() * denominator;
        return Optional.of(new Comparison(share.id(), share.name(), period.get().danish(), r.actual(), peers,
                peerMunicipalities.stream().map(Municipality::name).toList(), r.expected(), r.lower(), r.upper(), persons,
                persons == null || result.costPerPersonYear() == null ? null : persons * result.costPerPersonYear(),
                r.differenceDkk()));
    }

    private Area area(int municipality) {
        return geography.municipality(municipality).orElseThrow().asArea();
    }
}
