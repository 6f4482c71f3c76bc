package dk.raaderum.overview.internal;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.MapShape;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;

/**
 * The national map: one indicator, one month, every municipality, with a legend, a municipality picker and a table
 * of the same figures (the map itself is for the eye; keyboard and screen-reader users have the picker and the table).
 */
@Controller
class MapPageController {

    static final String DEFAULT_INDICATOR = "ledige_pct_arbejdsstyrke";
    private static final int MONTHS_OFFERED = 60;

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final Clock clock;

    MapPageController(IndicatorCatalog catalog, IndicatorValues values, Geography geography, Clock clock) {
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
        this.clock = clock;
    }

    record MapArea(int code, String name, String path, String fill, String value) {
    }

    record MonthOption(String value, String label) {
    }

    @GetMapping({"/", "/kort"})
    String map(@RequestParam(name = "indikator", required = false) String indicatorId,
            @RequestParam(name = "periode", required = false) String periodText, Model model) {
        Indicator indicator = catalog.find(indicatorId == null ? DEFAULT_INDICATOR : indicatorId)
                .filter(Indicator::published)
                .orElseGet(() -> catalog.find(DEFAULT_INDICATOR).orElseThrow());
        Freshness freshness = values.freshness(indicator).orElse(null);
        Period latest = freshness == null ? Period.containing(PeriodType.MONTH, DanishFormat.today(clock))
                : KeyFigureViews.lastMonth(freshness);
        Period period = chosenMonth(periodText, latest);

        Map<Integer, Observation> byCode = values.snapshot(indicator, AreaLevel.KOMMUNE, period).stream()
                .collect(Collectors.toMap(o -> o.area().code(), Function.identity()));
        Choropleth classes = Choropleth.of(byCode.values().stream().map(Observation::value).toList(),
                indicator.unit().decimals());
        Map<Integer, String> names = geography.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::name));
        List<MapArea> areas = geography.mapShapes().stream().map((MapShape s) -> {
            Double v = byCode.get(s.municipalityCode()).value();
            return new MapArea(s.municipalityCode(), names.get(s.municipalityCode()), s.svgPath(), classes.fill(v),
                    FigureFormat.value(indicator, v));
        }).toList();
        Double national = values.series(indicator, Area.DENMARK, period, period).get(0).value();

        model.addAttribute("indicators", catalog.published().stream().filter(i -> !i.isSynthetic()).toList());
        model.addAttribute("syntheticIndicators", catalog.published().stream().filter(Indicator::isSynthetic).toList());
        model.addAttribute("indicator", indicator);
        model.addAttribute("period", period);
        model.addAttribute("months", monthOptions(latest));
        model.addAttribute("areas", areas);
        model.addAttribute("table", table(indicator, period, byCode, freshness));
        model.addAttribute("legend", classes.legend());
        model.addAttribute("viewBox", geography.mapViewBox());
        model.addAttribute("national", FigureFormat.value(indicator, national));
        model.addAttribute("provenance", FigureFormat.provenance(freshness));
        model.addAttribute("missingCount", byCode.values().stream().filter(o -> o.value() == null).count());
        model.addAttribute("municipalities", geography.areas(AreaLevel.KOMMUNE));
        return "overview/map";
    }

    private DataTable table(Indicator indicator, Period period, Map<Integer, Observation> byCode, Freshness freshness) {
        DataTable.Builder table = DataTable.builder("kommuner", indicator.name() + ", " + period.danish(), "Kommune",
                indicator.name() + " (" + indicator.unit().danish() + ")");
        geography.municipalities().stream()
                .sorted(Comparator.comparing(Municipality::name, Collator.getInstance(DanishFormat.DANISH)))
                .forEach(m -> table.row(Cell.link(m.name(), "/kommune/" + m.code()),
                        Cell.figure(byCode.get(m.code()).value(), KeyFigureViews.quantity(indicator))));
        return table.source(FigureFormat.provenance(freshness)).build();
    }

    private static Period chosenMonth(String text, Period latest) {
        if (text != null && !text.isBlank()) {
            try {
                Period parsed = Period.parse(text);
                if (parsed.type() == PeriodType.MONTH) {
                    return parsed;
                }
            } catch (IllegalArgumentException e) {
                // fall back to the latest month
            }
        }
        return latest;
    }

    private static List<MonthOption> monthOptions(Period latest) {
        Period first = new Period(PeriodType.MONTH, latest.start().minusMonths(MONTHS_OFFERED - 1L));
        List<Period> months = new ArrayList<>(first.through(latest));
        Collections.reverse(months);
        return months.stream().map(p -> new MonthOption(p.toString(), p.danish())).toList();
    }
}
