package dk.raaderum.benchmark.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.MapShape;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;

/**
 * The benchmark in the browser: per municipality (actual against expected over the last year, explanation,
 * peers side by side) and nationally (a map of actual minus expected and a table sortable by the difference).
 */
@Controller
class BenchmarkPageController {

    private static final String DEFAULT = "kontanthjaelp_pct_befolkning";
    private static final int MONTHS = 12;
    private static final String[] DIVERGING = {"#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#b2182b"};
    private static final double[] BREAKS = {-0.5, -0.15, 0.15, 0.5};

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
            String persons, String kroner, String rank, Double raw, String fill) {
    }

    record PeerRow(String name, int code, String population, String density, String distance, String region,
            String actual, String expected, String points) {
    }

    record MapArea(int code, String name, String path, String fill, String label) {
    }

    @GetMapping("/kommune/{code}/benchmark")
    String municipality(@PathVariable int code, @RequestParam(name = "indikator", required = false) String id,
            Model model) {
        Municipality municipality = geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        Indicator share = share(id);
        Period last = latest(share);
        BenchmarkResult result = benchmark.run(share, last, Benchmark.DEFAULT_PEERS);
        Map<Integer, BenchmarkResult.Row> rows = byCode(result);
        BenchmarkResult.Row own = rows.get(code);

        List<String> months = new ArrayList<>();
        List<List<Double>> series = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Period p : new Period(PeriodType.MONTH, last.start().minusMonths(MONTHS - 1L)).through(last)) {
            BenchmarkResult.Row r = p.equals(last) ? own : byCode(benchmark.run(share, p, 1)).get(code);
            months.add(p.danish());
            series.get(0).add(r.actual());
            series.get(1).add(r.expected());
            series.get(2).add(r.lower());
            series.get(3).add(r.upper());
        }
        model.addAttribute("chartData", json.writeValueAsString(Map.of("periods", months, "actual", series.get(0),
                "expected", series.get(1), "lower", series.get(2), "upper", series.get(3))).replace("</", "<\\/"));
        model.addAttribute("municipality", municipality);
        model.addAttribute("line", line(own, result, share));
        model.addAttribute("explanation", own.explanation());
        model.addAttribute("peers", own.peers().stream().map(p -> peer(rows.get(p), share)).toList());
        model.addAttribute("self", peer(own, share));
        model.addAttribute("cluster", rows.values().stream().filter(r -> r.cluster() == own.cluster() && r.municipality() != code)
                .map(BenchmarkResult.Row::name).sorted().collect(Collectors.joining(", ")));
        common(model, share, last, result);
        return "benchmark/municipality";
    }

    @GetMapping("/benchmark")
    String national(@RequestParam(name = "indikator", required = false) String id,
            @RequestParam(name = "sortering", defaultValue = "forskel") String sort, Model model) {
        Indicator share = share(id);
        Period last = latest(share);
        BenchmarkResult result = benchmark.run(share, last, Benchmark.DEFAULT_PEERS);
        List<Line> lines = result.municipalities().stream().map(r -> line(r, result, share)).collect(Collectors.toList());
        Comparator<Line> order = switch (sort) {
            case "navn" -> Comparator.comparing(Line::municipality, Collator.getInstance(DanishFormat.DANISH));
            case "personer" -> Comparator.comparing(l -> personsOf(result, l.code()), Comparator.nullsLast(Comparator.naturalOrder()));
            default -> Comparator.comparing(Line::raw, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        lines.sort(order);
        Map<Integer, Line> byCode = lines.stream().collect(Collectors.toMap(Line::code, Function.identity()));
        model.addAttribute("lines", lines);
        model.addAttribute("sort", sort);
        model.addAttribute("areas", geography.mapShapes().stream().map((MapShape s) -> {
            Line l = byCode.get(s.municipalityCode());
            return new MapArea(s.municipalityCode(), l.municipality(), s.svgPath(), l.fill(),
                    l.municipality() + ": " + l.points());
        }).toList());
        model.addAttribute("viewBox", geography.mapViewBox());
        model.addAttribute("legend", List.of("mindst 0,5 procentpoint under det forventede", "0,15-0,5 under",
                "inden for ±0,15", "0,15-0,5 over", "mindst 0,5 over", "ingen værdi"));
        model.addAttribute("legendFills", List.of(DIVERGING[0], DIVERGING[1], DIVERGING[2], DIVERGING[3], DIVERGING[4], "#d9d9d9"));
        common(model, share, last, result);
        return "benchmark/national";
    }

    private static Double personsOf(BenchmarkResult result, int code) {
        return result.municipalities().stream().filter(r -> r.municipality() == code).findFirst()
                .map(BenchmarkResult.Row::differencePersons).orElse(null);
    }

    private void common(Model model, Indicator share, Period last, BenchmarkResult result) {
        model.addAttribute("indicator", share);
        model.addAttribute("shares", catalog.all().stream().filter(i -> i.unit() == Unit.PROCENT
                && (i.published() || i.id().endsWith("_pct_befolkning"))).toList());
        model.addAttribute("period", last.danish());
        model.addAttribute("r2", DanishFormat.number(result.model().rSquared(), 2));
        model.addAttribute("observations", result.model().observations());
        model.addAttribute("conditions", result.conditions());
        model.addAttribute("costBasis", result.costBasis());
        model.addAttribute("provenance", values.freshness(share).map(BenchmarkPageController::provenance).orElse(""));
    }

    private static String provenance(Freshness f) {
        return "Kilde: " + f.source() + ". Data til og med " + f.lastPeriod().danish() + ", indlæst "
                + DanishFormat.date(f.importedAt()) + ". Rammevilkår: Danmarks Statistik, DAGI og DAWA.";
    }

    private Indicator share(String id) {
        return catalog.find(id == null ? DEFAULT : id).filter(i -> i.unit() == Unit.PROCENT)
                .orElseGet(() -> catalog.find(DEFAULT).orElseThrow());
    }

    private Period latest(Indicator share) {
        Period last = values.freshness(share).map(Freshness::lastPeriod)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ingen data for " + share.name()));
        List<Period> months = last.months();
        return months.get(months.size() - 1);
    }

    private static Map<Integer, BenchmarkResult.Row> byCode(BenchmarkResult result) {
        return result.municipalities().stream().collect(Collectors.toMap(BenchmarkResult.Row::municipality, Function.identity()));
    }

    private static Line line(BenchmarkResult.Row r, BenchmarkResult result, Indicator share) {
        if (r.actual() == null) {
            return new Line(r.name(), r.municipality(), "ingen værdi", "–", "–", "–", "–", "–", "–", null, "#d9d9d9");
        }
        return new Line(r.name(), r.municipality(), pct(r.actual()), pct(r.expected()),
                DanishFormat.number(r.lower(), 1) + "-" + DanishFormat.number(r.upper(), 1),
                DanishFormat.signed(r.differencePoints(), 1) + " procentpoint",
                r.differencePersons() == null ? "–" : DanishFormat.signed(r.differencePersons(), 0),
                r.differenceDkk() == null ? "–" : DanishFormat.signed(r.differenceDkk() / 1e6, 1) + " mio. kr.",
                r.rank() + " (" + r.rankBest() + "-" + r.rankWorst() + ")", r.differencePoints(),
                fill(r.differencePoints()));
    }

    private PeerRow peer(BenchmarkResult.Row r, Indicator share) {
        Municipality m = geography.municipality(r.municipality()).orElseThrow();
        Map<String, Double> c = r.conditions();
        return new PeerRow(m.name(), m.code(), DanishFormat.number((double) m.population(), 0),
                DanishFormat.number(m.population() / geography.areaKm2(m.code()), 0),
                c.containsKey("afstand_storby_km") ? DanishFormat.number(c.get("afstand_storby_km"), 0) : "–",
                m.region().name().replace("Region ", ""), r.actual() == null ? "ingen værdi" : pct(r.actual()),
                r.expected() == null ? "–" : pct(r.expected()),
                r.differencePoints() == null ? "–" : DanishFormat.signed(r.differencePoints(), 1));
    }

    private static String fill(Double points) {
        if (points == null) {
            return "#d9d9d9";
        }
        for (int i = 0; i < BREAKS.length; i++) {
            if (points < BREAKS[i]) {
                return DIVERGING[i];
            }
        }
        return DIVERGING[DIVERGING.length - 1];
    }

    private static String pct(Double value) {
        return DanishFormat.number(value, 1) + " pct.";
    }
}
