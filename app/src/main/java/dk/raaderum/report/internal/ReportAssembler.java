package dk.raaderum.report.internal;

import java.time.Clock;
import static dk.raaderum.report.internal.ReportText.label;
import static dk.raaderum.report.internal.ReportText.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.report.ReportFigures;
import dk.raaderum.report.ReportSection;
import dk.raaderum.report.Summary;
import dk.raaderum.report.internal.ReportModel.Chart;
import dk.raaderum.report.internal.ReportModel.ExpectedRow;
import dk.raaderum.report.internal.ReportModel.KeyRow;

/** Reads the figures for a municipality and a quarter and turns them into the report's model and summary. */
@Service
class ReportAssembler {

    static final List<String> KEY_FIGURES = List.of("ledige_fuldtid", "ledige_pct_arbejdsstyrke", "langtidsledige",
            "kontanthjaelp_fuldtid", "kontanthjaelp_pct_befolkning", "aktiveringsgrad", "ordinaere_timer_andel",
            "reg_alle_ydelser_fuldtid", "reg_alle_ydelser_pct_befolkning");
    static final List<String> EXPECTED = List.of("ledige_pct_arbejdsstyrke", "kontanthjaelp_pct_befolkning",
            "reg_alle_ydelser_pct_befolkning");
    private static final List<String> CHARTS = List.of("ledige_pct_arbejdsstyrke", "kontanthjaelp_pct_befolkning");
    /** The key figures whose development the summary describes, and the one compared with the country. */
    private static final List<String> SUMMARISED = List.of("ledige_fuldtid", "kontanthjaelp_pct_befolkning",
            "reg_alle_ydelser_fuldtid");
    private static final String COMPARED_WITH_COUNTRY = "kontanthjaelp_pct_befolkning";
    private static final String ACTIVATION = "aktiveringsgrad";
    private static final int CHART_MONTHS = 36;

    private final Clock clock;

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final Benchmark benchmark;
    private final PlanFollowUp plan;
    private final EconomySection economySection;
    private final List<ReportSection> sections;

    ReportAssembler(IndicatorCatalog catalog, IndicatorValues values, Geography geography, Benchmark benchmark,
            PlanFollowUp plan, EconomySection economySection, List<ReportSection> sections, Clock clock) {
        this.sections = sections;

        this.clock = clock;
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
        this.benchmark = benchmark;
        this.plan = plan;
        this.economySection = economySection;
    }

    ReportModel committee(int code, Period quarter, boolean withPlan) {
        Municipality m = geography.municipality(code)
                .orElseThrow(() -> new IllegalArgumentException("Kommunekoden " + code + " findes ikke"));
        String period = quarter.danishInFull();
        // one catalogue read and one freshness query per indicator for the whole report
        Map<String, Indicator> catalogue = catalog.all().stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        List<Indicator> keyFigures = KEY_FIGURES.stream().map(catalogue::get).filter(Objects::nonNull).toList();
        Map<String, Freshness> fresh = new HashMap<>();
        keyFigures.forEach(i -> values.freshness(i).ifPresent(f -> fresh.put(i.id(), f)));
        Map<String, BenchmarkResult> benchmarks = benchmarks(keyFigures, quarter);
        List<Area> peers = peers(benchmarks, code);
        List<String> summary = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        fresh.values().forEach(f -> sources.add(source(f)));

        List<KeyRow> rows = new ArrayList<>();
        Double activationDegree = null;
        for (Indicator indicator : keyFigures) {
            KeyFigureValues v = keyFigure(indicator, m, quarter, peers);
            rows.add(keyRow(indicator, v, fresh.get(indicator.id()), quarter));
            if (SUMMARISED.contains(indicator.id())) {
                summary.add(Summary.development(v.figure(indicator), period));
            }
            if (indicator.id().equals(COMPARED_WITH_COUNTRY)) {
                summary.add(Summary.comparedWithCountry(v.figure(indicator)));
            }
            if (indicator.id().equals(ACTIVATION)) {
                activationDegree = v.value();
            }
        }
        List<ExpectedRow> expected = new ArrayList<>();
        for (Indicator share : keyFigures.stream().filter(i -> EXPECTED.contains(i.id())).toList()) {
            Optional<BenchmarkResult.Row> row = Optional.ofNullable(benchmarks.get(share.id()))
                    .flatMap(result -> result.municipalities().stream().filter(r -> r.municipality() == code).findFirst());
            ReportFigures.Expected figures = row.map(r -> new ReportFigures.Expected(label(share), r.actual(),
                    r.expected(), r.lower(), r.upper(), r.differencePersons(), r.differenceDkk()))
                    .orElse(new ReportFigures.Expected(label(share), null, null, null, null, null, null));
            // the register's share exists only with a register; without one the economy sentence says so
            if (!share.id().startsWith("reg_") || row.isPresent()) {
                summary.add(Summary.expected(figures, period));
            }
            row.ifPresent(r -> expected.add(expectedRow(share, r)));
        }
        EconomySection.Result economy = economySection.read(m, quarter);
        economy.source().ifPresent(sources::add);
        summary.add(Summary.economy(economy.figures(), period));

        Integer planYear = withPlan ? plan.newestPlanYear(code).orElse(null) : null;
        List<FollowedGoal> goals = !withPlan ? null : planYear == null ? List.of() : plan.goals(code, planYear);
        summary.add(Summary.goals(new ReportFigures.Goals(planYear,
                goals == null ? null : goals.stream().map(g -> g.assessment().status()).toList())));

        Period chartEnd = new Period(PeriodType.MONTH, quarter.endExclusive().minusMonths(1));
        List<Chart> charts = keyFigures.stream().filter(i -> CHARTS.contains(i.id()))
                .map(i -> lineChart(i, m, peers, chartEnd, fresh.get(i.id()))).toList();
        ReportModel.Activation activation = new ReportModel.Activation(DanishFormat.figure(activationDegree, 1),
                Optional.ofNullable(fresh.get(ACTIVATION)).map(f -> f.describeUpTo(quarter)).orElse(DanishFormat.MISSING),
                planYear == null ? List.of() : plan.motorveje(code, planYear));
        // the report is about the quarter: its figures go to the quarter's last month, however new the data are
        String dataUntil = fresh.values().stream().map(Freshness::lastPeriod).max(Period::compareTo)
                .map(last -> last.compareTo(chartEnd) > 0 ? chartEnd : last).map(Period::danish)
                .orElse(DanishFormat.MISSING);
        return new ReportModel(m, quarter, period, DanishFormat.date(DanishFormat.today(clock)), summary, rows,
                peers.stream().map(Area::name).collect(Collectors.joining(", ")), charts, expected, economy.model(),
                planYear, goals, activation, contributed(code, quarter, withPlan, sources), List.copyOf(sources), dataUntil);
    }

    /** The sections other modules add, in their order; their sources join the report's. */
    private List<ReportSection.Content> contributed(int code, Period quarter, boolean withPlan, Set<String> sources) {
        List<ReportSection.Content> found = sections.stream()
                .map(s -> s.content(code, quarter, withPlan)).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparingInt(ReportSection.Content::order)).toList();
        found.stream().map(ReportSection.Content::source).filter(Objects::nonNull).forEach(sources::add);
        return found;
    }

    private Map<String, BenchmarkResult> benchmarks(List<Indicator> keyFigures, Period quarter) {
        Map<String, BenchmarkResult> results = new HashMap<>();
        for (Indicator share : keyFigures.stream().filter(i -> EXPECTED.contains(i.id())).toList()) {
            try {
                results.put(share.id(), benchmark.run(share, quarter, Benchmark.DEFAULT_PEERS));
            } catch (IllegalArgumentException tooFewValues) {
                // no values for the quarter: the report says there is no expected level
            }
        }
        return results;
    }

    /** The comparable municipalities of the broadest benchmark available (all benefits, else the next). */
    private List<Area> peers(Map<String, BenchmarkResult> benchmarks, int code) {
        for (int k = EXPECTED.size() - 1; k >= 0; k--) {
            BenchmarkResult result = benchmarks.get(EXPECTED.get(k));
            Optional<BenchmarkResult.Row> row = result == null ? Optional.empty()
                    : result.municipalities().stream().filter(r -> r.municipality() == code).findFirst();
            if (row.isPresent()) {
                return row.get().peers().stream()
                        .map(p -> geography.municipality(p).orElseThrow().asArea()).toList();
            }
        }
        return List.of();
    }

    record KeyFigureValues(Double value, Double lastYear, Double landsdel, Double region, Double country,
            Double peers) {

        ReportFigures.KeyFigure figure(Indicator i) {
            return new ReportFigures.KeyFigure(label(i), i.unit().danish(), i.unit().decimals(),
                    i.unit() == Unit.PROCENT, value, lastYear, country);
        }
    }

    private KeyFigureValues keyFigure(Indicator i, Municipality m, Period quarter, List<Area> peers) {
        Period lastYear = new Period(PeriodType.QUARTER, quarter.start().minusYears(1));
        List<Area> areas = List.of(m.asArea(), m.landsdel(), m.region(), Area.DENMARK);
        List<Double> now = values.series(i, areas, quarter, quarter).stream().map(s -> s.get(0).value()).toList();
        Double before = values.series(i, m.asArea(), lastYear, lastYear).get(0).value();
        Double group = peers.isEmpty() ? null : values.groupSeries(i, peers, quarter, quarter).get(0);
        return new KeyFigureValues(now.get(0), before, now.get(1), now.get(2), now.get(3), group);
    }

    private static KeyRow keyRow(Indicator i, KeyFigureValues v, Freshness fresh, Period quarter) {
        int d = i.unit().decimals();
        boolean share = i.unit() == Unit.PROCENT;
        String change = v.value() == null || v.lastYear() == null ? DanishFormat.MISSING
                : DanishFormat.signed(DanishFormat.rounded(v.value(), d) - DanishFormat.rounded(v.lastYear(), d), d);
        return new KeyRow(i.id(), label(i), i.unit().danish(), DanishFormat.figure(v.value(), d),
                DanishFormat.figure(v.lastYear(), d), change, share ? DanishFormat.figure(v.landsdel(), d) : "–",
                share ? DanishFormat.figure(v.region(), d) : "–", DanishFormat.figure(v.country(), d),
                share ? DanishFormat.figure(v.peers(), d) : "–",
                fresh == null ? i.source() + ", " + DanishFormat.MISSING : fresh.describeUpTo(quarter));
    }

    private static ExpectedRow expectedRow(Indicator share, BenchmarkResult.Row r) {
        return new ExpectedRow(label(share), DanishFormat.figure(r.actual(), 1), DanishFormat.figure(r.expected(), 1),
                DanishFormat.figure(r.lower(), 1) + "–" + DanishFormat.figure(r.upper(), 1),
                r.differencePoints() == null ? DanishFormat.MISSING : DanishFormat.signed(r.differencePoints(), 1),
                r.differencePersons() == null ? DanishFormat.MISSING : DanishFormat.signed(r.differencePersons(), 0),
                r.differenceDkk() == null ? DanishFormat.MISSING
                        : DanishFormat.signed(r.differenceDkk() / 1e6, 1) + " mio. kr.",
                r.rank() == null ? "–" : r.rank() + " (" + r.rankBest() + "–" + r.rankWorst() + ")");
    }

    private Chart lineChart(Indicator i, Municipality m, List<Area> peers, Period end, Freshness fresh) {
        Period start = new Period(PeriodType.MONTH, end.start().minusMonths(CHART_MONTHS - 1L));
        List<Area> areas = List.of(m.asArea(), m.landsdel(), m.region(), Area.DENMARK);
        List<SvgChart.Series> series = new ArrayList<>();
        List<List<Observation>> read = values.series(i, areas, start, end);
        for (int a = 0; a < areas.size(); a++) {
            series.add(new SvgChart.Series(areas.get(a).name(),
                    read.get(a).stream().map(Observation::value).toList()));
        }
        if (!peers.isEmpty()) {
            series.add(new SvgChart.Series("Sammenlignelige kommuner", values.groupSeries(i, peers, start, end)));
        }
        List<String> labels = start.through(end).stream().map(Period::danish).toList();
        String title = label(i) + ", " + start.danish() + " til " + end.danish();
        List<Double> own = series.get(0).values();
        List<Double> country = series.get(3).values();
        String description = "Linjediagram. " + m.name() + " gik fra " + DanishFormat.figure(own.get(0), 1) + " til "
                + DanishFormat.figure(own.get(own.size() - 1), 1) + " pct.; hele landet fra "
                + DanishFormat.figure(country.get(0), 1) + " til "
                + DanishFormat.figure(country.get(country.size() - 1), 1) + " pct.";
        return new Chart("graf-" + i.id(), title, SvgChart.line(title, i.unit().danish(), 1, labels, series),
                description, fresh == null ? i.source() : fresh.describeUpTo(end));
    }
}
