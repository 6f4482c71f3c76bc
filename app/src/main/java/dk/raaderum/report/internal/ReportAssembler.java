package dk.raaderum.report.internal;

import static dk.raaderum.report.internal.ReportText.label;
import static dk.raaderum.report.internal.ReportText.provenance;
import static dk.raaderum.report.internal.ReportText.quarterText;
import static dk.raaderum.report.internal.ReportText.round;
import static dk.raaderum.report.internal.ReportText.signed;
import static dk.raaderum.report.internal.ReportText.signedMillions;
import static dk.raaderum.report.internal.ReportText.source;
import static dk.raaderum.report.internal.ReportText.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private static final int CHART_MONTHS = 36;

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final Benchmark benchmark;
    private final PlanFollowUp plan;
    private final EconomySection economySection;

    ReportAssembler(IndicatorCatalog catalog, IndicatorValues values, Geography geography, Benchmark benchmark,
            PlanFollowUp plan, EconomySection economySection) {
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
        String period = quarterText(quarter);
        Set<String> sources = new LinkedHashSet<>();
        Map<String, BenchmarkResult> benchmarks = benchmarks(quarter);
        List<Area> peers = peers(benchmarks, code);
        List<String> summary = new ArrayList<>();

        List<KeyRow> rows = new ArrayList<>();
        for (Indicator indicator : indicators(KEY_FIGURES)) {
            KeyFigureValues v = keyFigure(indicator, m, quarter, peers);
            rows.add(keyRow(indicator, v));
            values.freshness(indicator).ifPresent(f -> sources.add(source(f)));
            if (List.of("ledige_fuldtid", "kontanthjaelp_pct_befolkning", "reg_alle_ydelser_fuldtid")
                    .contains(indicator.id())) {
                summary.add(Summary.development(v.figure(indicator), period));
            }
            if (indicator.id().equals("kontanthjaelp_pct_befolkning")) {
                summary.add(Summary.comparedWithCountry(v.figure(indicator)));
            }
        }
        List<ExpectedRow> expected = new ArrayList<>();
        for (Indicator share : indicators(EXPECTED)) {
            BenchmarkResult result = benchmarks.get(share.id());
            Optional<BenchmarkResult.Row> row = result == null ? Optional.empty()
                    : result.municipalities().stream().filter(r -> r.municipality() == code).findFirst();
            ReportFigures.Expected figures = row.map(r -> new ReportFigures.Expected(label(share), r.actual(),
                    r.expected(), r.lower(), r.upper(), r.differencePersons(), r.differenceDkk()))
                    .orElse(new ReportFigures.Expected(label(share), null, null, null, null, null, null));
            if (!share.id().startsWith("reg_") || row.isPresent()) {
                summary.add(Summary.expected(figures, period));
            }
            row.ifPresent(r -> expected.add(expectedRow(share, r)));
        }
        ReportModel.Economy economy = economySection.economy(m, quarter, sources);
        summary.add(Summary.economy(economySection.figures(m, quarter), period));

        Integer planYear = withPlan ? plan.newestPlanYear(code).orElse(null) : null;
        List<FollowedGoal> goals = !withPlan ? null : planYear == null ? List.of() : plan.goals(code, planYear);
        summary.add(Summary.goals(new ReportFigures.Goals(planYear,
                goals == null ? null : goals.stream().map(g -> g.assessment().status()).toList())));

        Period chartEnd = new Period(PeriodType.MONTH, quarter.endExclusive().minusMonths(1));
        List<Chart> charts = indicators(CHARTS).stream().map(i -> lineChart(i, m, peers, chartEnd)).toList();
        ReportModel.Activation activation = activation(m, quarter, planYear);
        String dataUntil = indicators(KEY_FIGURES).stream().map(values::freshness).flatMap(Optional::stream)
                .map(Freshness::lastPeriod).max(Period::compareTo).map(Period::danish).orElse("ingen data");
        return new ReportModel(m, quarter, period, DanishFormat.date(DanishFormat.today()), summary, rows,
                peers.stream().map(Area::name).collect(Collectors.joining(", ")), charts, expected, economy, planYear,
                goals, activation, List.copyOf(sources), dataUntil);
    }

    private List<Indicator> indicators(List<String> ids) {
        return ids.stream().map(catalog::find).flatMap(Optional::stream).toList();
    }

    private Map<String, BenchmarkResult> benchmarks(Period quarter) {
        Map<String, BenchmarkResult> results = new HashMap<>();
        for (Indicator share : indicators(EXPECTED)) {
            try {
                results.put(share.id(), benchmark.run(share, quarter, Benchmark.DEFAULT_PEERS));
            } catch (IllegalArgumentException tooFewValues) {
                // no values for the quarter: the report says there is no expected level
            }
        }
        return results;
    }

    /** The comparable municipalities of the broadest benchmark available (all benefits, else cash benefit). */
    private List<Area> peers(Map<String, BenchmarkResult> benchmarks, int code) {
        Map<Integer, Municipality> all = geography.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        return benchmarks.entrySet().stream()
                .sorted((a, b) -> Integer.compare(EXPECTED.indexOf(b.getKey()), EXPECTED.indexOf(a.getKey())))
                .flatMap(e -> e.getValue().municipalities().stream().filter(r -> r.municipality() == code))
                .findFirst().map(r -> r.peers().stream().map(p -> all.get(p).asArea()).toList()).orElse(List.of());
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

    private KeyRow keyRow(Indicator i, KeyFigureValues v) {
        int d = i.unit().decimals();
        boolean share = i.unit() == Unit.PROCENT;
        String change = v.value() == null || v.lastYear() == null ? "ingen data"
                : signed(round(v.value(), d) - round(v.lastYear(), d), d);
        return new KeyRow(i.id(), label(i), i.unit().danish(), text(v.value(), d), text(v.lastYear(), d), change,
                share ? text(v.landsdel(), d) : "–", share ? text(v.region(), d) : "–", text(v.country(), d),
                share ? text(v.peers(), d) : "–",
                values.freshness(i).map(ReportText::provenance).orElse(i.source() + ", ingen data"));
    }

    private ExpectedRow expectedRow(Indicator share, BenchmarkResult.Row r) {
        return new ExpectedRow(label(share), text(r.actual(), 2), text(r.expected(), 2),
                text(r.lower(), 2) + "–" + text(r.upper(), 2), r.differencePoints() == null ? "ingen data"
                        : signed(round(r.differencePoints(), 2), 2),
                r.differencePersons() == null ? "ingen data" : signed(round(r.differencePersons(), 0), 0),
                r.differenceDkk() == null ? "ingen data" : signedMillions(r.differenceDkk()),
                r.rank() == null ? "–" : r.rank() + " (" + r.rankBest() + "–" + r.rankWorst() + ")");
    }

    private Chart lineChart(Indicator i, Municipality m, List<Area> peers, Period end) {
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
        Double first = series.get(0).values().get(0);
        Double last = series.get(0).values().get(series.get(0).values().size() - 1);
        String description = "Linjediagram. " + m.name() + " gik fra " + text(first, 1) + " til " + text(last, 1)
                + " pct.; hele landet fra " + text(series.get(3).values().get(0), 1) + " til "
                + text(series.get(3).values().get(series.get(3).values().size() - 1), 1) + " pct.";
        return new Chart("graf-" + i.id(), title, SvgChart.line(title, i.unit().danish(), 1, labels, series),
                description, values.freshness(i).map(ReportText::provenance).orElse(i.source()));
    }

    private ReportModel.Activation activation(Municipality m, Period quarter, Integer planYear) {
        Optional<Indicator> degree = catalog.find("aktiveringsgrad");
        return new ReportModel.Activation(degree.map(i -> text(value(i.id(), m.asArea(), quarter), 1)).orElse("ingen data"),
                degree.flatMap(values::freshness).map(ReportText::provenance).orElse("ingen data"),
                planYear == null ? List.of() : plan.motorveje(m.code(), planYear));
    }

    private Double value(String id, Area area, Period period) {
        return catalog.find(id).map(i -> values.series(i, area, period, period).get(0).value()).orElse(null);
    }
}
