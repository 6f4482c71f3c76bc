package dk.raaderum.overview.internal;

import java.util.stream.IntStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.benchmark.Benchmark;
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

/**
 * A municipality's page: each published indicator over the last five years. Shares are drawn against the
 * municipality's landsdel, region and the whole country; counts only for the municipality, since a count
 * for a region is not comparable with one for a municipality.
 */
@Controller
class MunicipalityPageController {

    private static final int MONTHS = 60;
    static final String PEERS = "Sammenlignelige kommuner";

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final ChartJson chartJson;
    private final Benchmark benchmark;

    MunicipalityPageController(IndicatorCatalog catalog, IndicatorValues values, Geography geography,
            ChartJson chartJson, Benchmark benchmark) {
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
        this.chartJson = chartJson;
        this.benchmark = benchmark;
    }

    record Line(String label, List<Double> values) {
    }

    record Chart(String id, String title, String unit, List<String> periods, List<Line> lines) {
    }

    record TableRow(String period, List<String> cells) {
    }

    record Panel(String id, Indicator indicator, String latestText, String comparisonText, String summary,
            Chart chart, String chartData, List<String> columns, List<TableRow> rows, String provenance) {
    }

    /** The "Skift kommune" form: works without JavaScript (and so under the content security policy). */
    @GetMapping("/kommune")
    String pick(@org.springframework.web.bind.annotation.RequestParam("kode") int code) {
        geography.municipality(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        return "redirect:/kommune/" + code;
    }

    @GetMapping("/kommune/{code}")
    String municipality(@PathVariable int code, Model model) {
        Municipality municipality = geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        List<Panel> panels = new ArrayList<>();
        for (Indicator indicator : catalog.published()) {
            panel(municipality, indicator).ifPresent(panels::add);
        }
        model.addAttribute("municipality", municipality);
        model.addAttribute("population", DanishFormat.number((double) municipality.population(), 0));
        model.addAttribute("populationDate", DanishFormat.date(municipality.populationDate()));
        model.addAttribute("panels", panels);
        model.addAttribute("municipalities", geography.areas(dk.raaderum.geography.AreaLevel.KOMMUNE));
        return "overview/municipality";
    }

    private Optional<Panel> panel(Municipality municipality, Indicator indicator) {
        Optional<Freshness> freshness = values.freshness(indicator);
        if (freshness.isEmpty()) {
            return Optional.empty();
        }
        List<Period> lastMonths = freshness.get().lastPeriod().months();
        Period last = lastMonths.get(lastMonths.size() - 1);
        Period first = new Period(PeriodType.MONTH, last.start().minusMonths(MONTHS - 1L));
        List<Area> areas = indicator.unit() == Unit.PROCENT
                ? List.of(municipality.asArea(), municipality.landsdel(), municipality.region(), Area.DENMARK)
                : List.of(municipality.asArea());
        List<List<Observation>> series = new ArrayList<>(values.series(indicator, areas, first, last));
        List<String> columns = new ArrayList<>(areas.stream().map(Area::name).toList());
        if (indicator.unit() == Unit.PROCENT) {
            // the comparable municipalities of the fair benchmark, as one group (ratio of sums)
            List<Area> peers = peersOf(municipality, indicator, last);
            List<Double> group = values.groupSeries(indicator, peers, first, last);
            List<Period> months = first.through(last);
            series.add(IntStream.range(0, months.size())
                    .mapToObj(i -> new Observation(municipality.asArea(), months.get(i), group.get(i))).toList());
            columns.add(PEERS);
        }

        List<String> periods = first.through(last).stream().map(Period::danish).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            lines.add(new Line(columns.get(i), series.get(i).stream().map(Observation::value).toList()));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int p = periods.size() - 1; p >= 0; p--) {
            List<String> cells = new ArrayList<>();
            for (List<Observation> s : series) {
                cells.add(FigureFormat.value(indicator, s.get(p).value()));
            }
            rows.add(new TableRow(periods.get(p), cells));
        }
        Double latest = series.get(0).get(periods.size() - 1).value();
        Double yearBefore = series.get(0).get(periods.size() - 13).value();
        String comparison = areas.size() > 1
                ? "Hele landet: " + FigureFormat.value(indicator, series.get(3).get(periods.size() - 1).value())
                : "";
        String summary = indicator.name() + " i " + municipality.name() + " var " + FigureFormat.value(indicator, latest)
                + " i " + last.danish() + change(latest, yearBefore, indicator);
        summary = summary.endsWith(".") ? summary : summary + ".";
        String id = "ind-" + indicator.id();
        Chart chart = new Chart(id + "-chart", indicator.name(), indicator.unit().danish(), periods, lines);
        return Optional.of(new Panel(id, indicator, FigureFormat.value(indicator, latest), comparison, summary,
                chart, chartJson.write(chart), columns, rows, FigureFormat.provenance(freshness.get())));
    }

    private List<Area> peersOf(Municipality municipality, Indicator share, Period period) {
        try {
            return benchmark.run(share, period, Benchmark.DEFAULT_PEERS).municipalities().stream()
                    .filter(r -> r.municipality() == municipality.code()).findFirst()
                    .map(r -> r.peers().stream().map(c -> geography.municipality(c).orElseThrow().asArea()).toList())
                    .orElse(List.of());
        } catch (IllegalArgumentException tooFewValues) {
            return List.of(); // no model this month: the chart simply has no peer line
        }
    }

    /** ", 0,4 procentpoint lavere end et år før" — or nothing when either value is missing. */
    static String change(Double now, Double before, Indicator indicator) {
        if (now == null || before == null) {
            return "";
        }
        int decimals = indicator.unit().decimals();
        boolean share = indicator.unit() == Unit.PROCENT;
        double difference = now - before;
        if (Math.abs(difference) < Math.pow(10, -decimals) / 2) {
            return ", det samme som et år før";
        }
        String direction = difference > 0 ? (share ? "højere" : "flere") : (share ? "lavere" : "færre");
        return ", " + DanishFormat.number(Math.abs(difference), decimals) + " "
                + (share ? "procentpoint" : indicator.unit().danish()) + " " + direction + " end et år før";
    }
}
