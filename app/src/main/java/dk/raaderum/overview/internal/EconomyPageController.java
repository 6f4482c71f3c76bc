package dk.raaderum.overview.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.engine.RefusionTier;
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
import dk.raaderum.platform.DanishFormat;

/**
 * "Økonomi": what long spells cost the municipality since the refusion reform, from the register engine's
 * indicators ({@code reg_<gruppe>_<mål>}): municipal cost by refusion tier over time, the municipal share,
 * and the full-time persons who have been on covered benefits for more than a year, by benefit group.
 */
@Controller
class EconomyPageController {

    private static final String ALL = "reg_alle_ydelser_";
    private static final int MONTHS = 36;
    private static final List<String> GROUPS = List.of("sygedagpenge", "a_dagpenge", "kontanthjaelp", "uddannelseshjaelp",
            "selvforsoergelses_og_hjemrejseydelse", "jobafklaringsforloeb", "ressourceforloeb", "ledighedsydelse",
            "revalidering", "fleksjob", "foertidspension");

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final ChartJson chartJson;

    EconomyPageController(IndicatorCatalog catalog, IndicatorValues values, Geography geography, ChartJson chartJson) {
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
        this.chartJson = chartJson;
    }

    record GroupRow(String group, String fullTime, String tier4FullTime, String municipalCost, String tier4Cost,
            String share) {
    }

    @GetMapping("/kommune/{code}/oekonomi")
    String economy(@PathVariable int code, Model model) {
        Municipality municipality = geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        model.addAttribute("municipality", municipality);
        Optional<Indicator> cost = catalog.find(ALL + "udgift_kommune");
        Optional<Freshness> freshness = cost.flatMap(values::freshness);
        if (freshness.isEmpty()) {
            model.addAttribute("empty", true);
            return "overview/economy";
        }
        Area area = municipality.asArea();
        Period lastMonth = freshness.get().lastPeriod();
        Period year = Period.year(lastMonth.start().getMonthValue() == 12 ? lastMonth.start().getYear()
                : lastMonth.start().getYear() - 1);

        Double gross = value(ALL + "udgift_brutto", area, year);
        Double municipal = value(ALL + "udgift_kommune", area, year);
        model.addAttribute("year", year.danish());
        model.addAttribute("gross", kroner(gross));
        model.addAttribute("municipal", kroner(municipal));
        model.addAttribute("share", percent(value(ALL + "kommunal_andel", area, year)));
        model.addAttribute("selfSupport", percent(value(ALL + "andel_selvforsoergende_26", area, year)));
        model.addAttribute("tier4", DanishFormat.number(value(ALL + "trin4_fuldtid", area, year), 0));
        model.addAttribute("nationalShare", percent(value(ALL + "kommunal_andel", Area.DENMARK, year)));

        Period first = new Period(PeriodType.MONTH, lastMonth.start().minusMonths(MONTHS - 1L));
        List<String> months = first.through(lastMonth).stream().map(Period::danish).toList();
        List<MunicipalityPageController.Line> tiers = new ArrayList<>();
        String[] labels = {RefusionTier.label(1), RefusionTier.label(2), RefusionTier.label(3), RefusionTier.label(4)};
        List<List<String>> tableRows = new ArrayList<>();
        List<List<Observation>> tierSeries = new ArrayList<>();
        for (int tier = 1; tier <= 4; tier++) {
            List<Observation> series = catalog.find(ALL + "kommune_trin" + tier)
                    .map(i -> values.series(i, area, first, lastMonth)).orElse(List.of());
            tierSeries.add(series);
            tiers.add(new MunicipalityPageController.Line(labels[tier - 1],
                    series.stream().map(o -> o.value() == null ? null : o.value() / 1e6).toList()));
        }
        for (int p = months.size() - 1; p >= 0 && !tierSeries.get(0).isEmpty(); p--) {
            List<String> row = new ArrayList<>(List.of(months.get(p)));
            for (List<Observation> series : tierSeries) {
                row.add(kroner(series.get(p).value()));
            }
            tableRows.add(row);
        }
        MunicipalityPageController.Chart chart = new MunicipalityPageController.Chart("oekonomi-trin",
                "Kommunens udgift efter refusionstrin", "mio. kr.", months, tiers);
        model.addAttribute("chartData", chartJson.write(chart));
        model.addAttribute("tierTable", tableRows);
        model.addAttribute("tierLabels", List.of(labels));
        model.addAttribute("groups", GROUPS.stream().map(g -> groupRow(g, area, year)).flatMap(Optional::stream).toList());
        model.addAttribute("provenance", FigureFormat.provenance(freshness.get()));
        model.addAttribute("source", cost.get().source());
        model.addAttribute("synthetic", cost.get().isSynthetic());
        return "overview/economy";
    }

    private Optional<GroupRow> groupRow(String group, Area area, Period year) {
        String prefix = "reg_" + group + "_";
        return catalog.find(prefix + "fuldtid").map(i -> new GroupRow(i.name().substring(0, i.name().indexOf(':')),
                DanishFormat.number(value(prefix + "fuldtid", area, year), 0),
                DanishFormat.number(value(prefix + "trin4_fuldtid", area, year), 0),
                kroner(value(prefix + "udgift_kommune", area, year)),
                kroner(value(prefix + "kommune_trin4", area, year)),
                percent(value(prefix + "kommunal_andel", area, year))));
    }

    private Double value(String id, Area area, Period period) {
        return catalog.find(id).map(i -> values.series(i, area, period, period).get(0).value()).orElse(null);
    }

    /** "12,4 mio. kr." — or "ingen værdi". */
    static String kroner(Double value) {
        return value == null ? "ingen værdi" : DanishFormat.millions(value);
    }

    private static String percent(Double value) {
        return value == null ? "ingen værdi" : DanishFormat.number(value, 1) + " pct.";
    }
}
