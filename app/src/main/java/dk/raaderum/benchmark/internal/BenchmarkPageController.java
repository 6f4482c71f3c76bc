package dk.raaderum.benchmark.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import dk.raaderum.benchmark.Benchmark;
import dk.raaderum.benchmark.BenchmarkOutcome;
import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.MapShape;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;

/**
 * The benchmark in the browser: per municipality (actual against expected over the last year, explanation,
 * peers side by side) and nationally (a map of actual minus expected and a table sortable by rank). Both show
 * the newest month with enough municipalities, and say so in Danish when there is none.
 */
@Controller
class BenchmarkPageController {

    private static final String DEFAULT = "kontanthjaelp_pct_befolkning";
    private static final int PERIODS = 12;

    private final Benchmark benchmark;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final JsonMapper json = JsonMapper.builder().build();

    BenchmarkPageController(Benchmark benchmark, IndicatorCatalog catalog, IndicatorValues values, Geography geography) {
        this.benchmark = benchmark;
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
    }

    record Line(String municipality, int code, String actual, String expected, String interval, String points,
            String persons, String kroner, String rank, Integer order, Double badPersons, String fill) {
    }

    record PeerRow(String name, int code, List<String> conditions, String actual, String expected, String points) {
    }

    record MapArea(int code, String name, String path, String fill, String label) {
    }

    @GetMapping("/kommune/{code}/benchmark")
    String municipality(@PathVariable int code, @RequestParam(name = "indikator", required = false) String id,
            Model model) {
        Municipality municipality = geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        Indicator share = share(id);
        model.addAttribute("municipality", municipality);
        Optional<BenchmarkResult> found = newest(share, model);
        if (found.isEmpty()) {
            return "benchmark/municipality";
        }
        BenchmarkResult result = found.get();
        Period last = Period.parse(result.period());
        Map<Integer, BenchmarkResult.Row> rows = byCode(result);
        BenchmarkResult.Row own = rows.get(code);
        BenchmarkView view = new BenchmarkView(result);

        List<String> months = new ArrayList<>();
        List<List<Double>> series = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Period p : last.minus(PERIODS - 1).through(last)) {
            BenchmarkOutcome outcome = benchmark.attempt(share, p, Benchmark.DEFAULT_PEERS);
            BenchmarkResult.Row r = outcome instanceof BenchmarkOutcome.Fitted fitted ? byCode(fitted.result()).get(code)
                    : null; // a month with too few municipalities has no expected level
            months.add(p.danish());
            series.get(0).add(r == null ? null : r.actual());
            series.get(1).add(r == null ? null : r.expected());
            series.get(2).add(r == null ? null : r.lower());
            series.get(3).add(r == null ? null : r.upper());
        }
        model.addAttribute("chartData", json.writeValueAsString(Map.of("periods", months, "actual", series.get(0),
                "expected", series.get(1), "lower", series.get(2), "upper", series.get(3))).replace("</", "<\\/"));
        model.addAttribute("line", line(own, view));
        model.addAttribute("explanation", own.explanation());
        model.addAttribute("peers", own.peers().stream().map(p -> peer(rows.get(p))).toList());
        model.addAttribute("self", peer(own));
        model.addAttribute("cluster", rows.values().stream().filter(r -> r.cluster() == own.cluster() && r.municipality() != code)
                .map(BenchmarkResult.Row::name).sorted().collect(Collectors.joining(", ")));
        return "benchmark/municipality";
    }

    @GetMapping("/benchmark")
    String national(@RequestParam(name = "indikator", required = false) String id,
            @RequestParam(name = "sortering", defaultValue = "forskel") String sort, Model model) {
        Indicator share = share(id);
        model.addAttribute("sort", sort);
        Optional<BenchmarkResult> found = newest(share, model);
        if (found.isEmpty()) {
            return "benchmark/national";
        }
        BenchmarkResult result = found.get();
        BenchmarkView view = new BenchmarkView(result);
        List<Line> lines = result.municipalities().stream().map(r -> line(r, view)).collect(Collectors.toList());
        Comparator<Line> order = switch (sort) {
            case "navn" -> Comparator.comparing(Line::municipality, Collator.getInstance(DanishFormat.DANISH));
            case "personer" -> Comparator.comparing(Line::badPersons, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> Comparator.comparing(Line::order, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        lines.sort(order);
        Map<Integer, Line> byCode = lines.stream().collect(Collectors.toMap(Line::code, Function.identity()));
        model.addAttribute("lines", lines);
        model.addAttribute("areas", geography.mapShapes().stream().map((MapShape s) -> {
            Line l = byCode.get(s.municipalityCode());
            return new MapArea(s.municipalityCode(), l.municipality(), s.svgPath(), l.fill(),
                    l.municipality() + ": " + l.points());
        }).toList());
        model.addAttribute("viewBox", geography.mapViewBox());
        model.addAttribute("legend", view.legend());
        model.addAttribute("legendFills", view.legendFills());
        model.addAttribute("mapDescription", view.mapDescription());
        return "benchmark/national";
    }

    /**
     * The benchmark of the newest month with enough municipalities, with what both pages show around it; empty
     * (and a Danish reason on the page) when no month has enough.
     */
    private Optional<BenchmarkResult> newest(Indicator share, Model model) {
        model.addAttribute("indicator", share);
        model.addAttribute("shares", catalog.all().stream().filter(i -> i.unit() == Unit.PROCENT
                && (i.published() || i.id().endsWith("_pct_befolkning"))).toList());
        Optional<Freshness> freshness = values.freshness(share);
        model.addAttribute("provenance", freshness.map(f -> f.describe()).orElse(""));
        Optional<BenchmarkOutcome> outcome = benchmark.latestPeriod(share)
                .map(month -> benchmark.attempt(share, month, Benchmark.DEFAULT_PEERS));
        if (outcome.isEmpty() || !(outcome.get() instanceof BenchmarkOutcome.Fitted fitted)) {
            model.addAttribute("unavailable", outcome.map(o -> ((BenchmarkOutcome.NotPossible) o).reason())
                    .orElse("Der er ingen måned med tal for nok kommuner til at beregne et forventet niveau for "
                            + share.name() + "."));
            return Optional.empty();
        }
        BenchmarkResult result = fitted.result();
        Period month = Period.parse(result.period());
        model.addAttribute("period", month.danish());
        model.addAttribute("olderThanData", freshness.map(Freshness::lastPeriod).filter(l -> l.compareTo(month) > 0)
                .map(l -> "De nyere perioder op til " + l.danish() + " har tal for for få kommuner; siden viser "
                        + "derfor " + month.danish() + ".").orElse(null));
        BenchmarkView view = new BenchmarkView(result);
        model.addAttribute("fitInWords", BenchmarkView.fitInWords(result.fit(), result.model().observations()));
        model.addAttribute("conditions", result.conditions());
        model.addAttribute("conditionSources", result.conditions().stream().map(BenchmarkView::provenance).toList());
        model.addAttribute("vif", result.conditions().stream()
                .map(c -> DanishFormat.number(result.fit().varianceInflation().get(c.id()), 1)).toList());
        model.addAttribute("rankNote", view.rankNote());
        model.addAttribute("costBasis", result.costBasis());
        model.addAttribute("conditionProvenance", "Rammevilkår: " + BenchmarkView.publishers(result.conditions()) + ".");
        return Optional.of(result);
    }

    private Indicator share(String id) {
        return catalog.find(id == null ? DEFAULT : id).filter(i -> i.unit() == Unit.PROCENT)
                .orElseGet(() -> catalog.find(DEFAULT).orElseThrow());
    }

    private static Map<Integer, BenchmarkResult.Row> byCode(BenchmarkResult result) {
        return result.municipalities().stream().collect(Collectors.toMap(BenchmarkResult.Row::municipality, Function.identity()));
    }

    private static Line line(BenchmarkResult.Row r, BenchmarkView view) {
        if (r.actual() == null) {
            return new Line(r.name(), r.municipality(), "ingen værdi", "–", "–", "–", "–", "–", "–", null, null,
                    BenchmarkView.NO_VALUE);
        }
        return new Line(r.name(), r.municipality(), pct(r.actual()), pct(r.expected()),
                DanishFormat.number(r.lower(), 1) + "-" + DanishFormat.number(r.upper(), 1),
                DanishFormat.signed(r.differencePoints(), 1) + " procentpoint",
                r.differencePersons() == null ? "–" : DanishFormat.signed(r.differencePersons(), 0),
                r.differenceDkk() == null ? "–" : DanishFormat.signed(r.differenceDkk() / 1e6, 1) + " mio. kr.",
                r.rank() + " (" + r.rankBest() + "-" + r.rankWorst() + ")", r.rank(),
                r.differencePersons() == null ? null : view.badness(r.differencePersons()),
                view.fill(r.differencePoints()));
    }

    private static PeerRow peer(BenchmarkResult.Row r) {
        return new PeerRow(r.name(), r.municipality(),
                r.conditions().values().stream().map(v -> DanishFormat.number(v, 1)).toList(),
                r.actual() == null ? "ingen værdi" : pct(r.actual()), r.expected() == null ? "–" : pct(r.expected()),
                r.differencePoints() == null ? "–" : DanishFormat.signed(r.differencePoints(), 1));
    }

    private static String pct(Double value) {
        return DanishFormat.number(value, 1) + " pct.";
    }
}
