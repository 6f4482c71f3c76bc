package dk.raaderum.overview.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.raaderum.engine.RefusionTier;
import dk.raaderum.geography.Area;
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
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.register.RegisterIndicator;
import dk.raaderum.register.RegisterIndicator.Measure;

/**
 * The Økonomi page's figures, from the register engine's indicators: the last whole year's cost after refusion, the
 * municipal share, the cost by refusion tier over 36 months, and the full-time persons by benefit group.
 */
@Service
class EconomyViews {

    private static final int MONTHS = 36;
    private static final List<String> GROUPS = List.of("sygedagpenge", "a_dagpenge", "kontanthjaelp", "uddannelseshjaelp",
            "selvforsoergelses_og_hjemrejseydelse", "jobafklaringsforloeb", "ressourceforloeb", "ledighedsydelse",
            "revalidering", "fleksjob", "foertidspension");

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final ChartJson chartJson;

    EconomyViews(IndicatorCatalog catalog, IndicatorValues values, ChartJson chartJson) {
        this.catalog = catalog;
        this.values = values;
        this.chartJson = chartJson;
    }

    record Figure(String label, String value) {
    }

    record Economy(String year, List<Figure> keyFigures, String chartData, DataTable tiers, DataTable groups,
            String provenance, String source, boolean synthetic) {
    }

    Optional<Economy> economy(Municipality m) {
        Optional<Indicator> cost = find(RegisterIndicator.ALL, Measure.MUNICIPAL);
        Optional<Freshness> freshness = cost.flatMap(values::freshness);
        if (freshness.isEmpty()) {
            return Optional.empty();
        }
        Area area = m.asArea();
        Period lastMonth = KeyFigureViews.lastMonth(freshness.get());
        Period year = Period.year(lastMonth.start().getMonthValue() == 12 ? lastMonth.start().getYear()
                : lastMonth.start().getYear() - 1);
        List<Figure> keyFigures = List.of(
                new Figure("Ydelser i alt", DanishFormat.millions(value(RegisterIndicator.ALL, Measure.GROSS, area, year))),
                new Figure("Heraf kommunens udgift efter refusion",
                        DanishFormat.millions(value(RegisterIndicator.ALL, Measure.MUNICIPAL, area, year))),
                new Figure("Kommunens andel", Quantity.PERCENT.text(value(RegisterIndicator.ALL, Measure.MUNICIPAL_SHARE,
                        area, year)) + " (hele landet " + Quantity.PERCENT.text(value(RegisterIndicator.ALL,
                        Measure.MUNICIPAL_SHARE, Area.DENMARK, year)) + ")"),
                new Figure("Fuldtidspersoner på ydelse i over et år", Quantity.COUNT.text(value(RegisterIndicator.ALL,
                        Measure.FULL_TIME_TIER_4, area, year))),
                new Figure("Selvforsørgende 26 uger efter endt forløb", Quantity.PERCENT.text(value(RegisterIndicator.ALL,
                        Measure.SELF_SUPPORTING_SHARE, area, year))));

        Period first = new Period(PeriodType.MONTH, lastMonth.start().minusMonths(MONTHS - 1L));
        List<Period> months = first.through(lastMonth);
        List<List<Observation>> tiers = new ArrayList<>();
        List<KeyFigureViews.Line> lines = new ArrayList<>();
        for (int tier = 1; tier <= 4; tier++) {
            List<Observation> series = find(RegisterIndicator.ALL, Measure.municipalTier(tier))
                    .map(i -> values.series(i, area, first, lastMonth)).orElse(List.of());
            tiers.add(series);
            lines.add(new KeyFigureViews.Line(RefusionTier.label(tier),
                    series.stream().map(o -> o.value() == null ? null : o.value() / 1e6).toList()));
        }
        KeyFigureViews.Chart chart = new KeyFigureViews.Chart("oekonomi-trin", "Kommunens udgift efter refusionstrin",
                "mio. kr.", months.stream().map(Period::danish).toList(), lines);
        boolean synthetic = cost.get().isSynthetic();
        String provenance = FigureFormat.provenance(freshness.get());
        return Optional.of(new Economy(year.danish(), keyFigures, chartJson.write(chart),
                tierTable(months, tiers, provenance), groupTable(area, year, provenance), provenance, cost.get().source(),
                synthetic));
    }

    private static DataTable tierTable(List<Period> months, List<List<Observation>> tiers, String provenance) {
        DataTable.Builder table = DataTable.builder("trin", "Kommunens udgift pr. måned efter refusionstrin", "Måned",
                RefusionTier.label(1), RefusionTier.label(2), RefusionTier.label(3), RefusionTier.label(4));
        for (int p = months.size() - 1; p >= 0 && !tiers.get(0).isEmpty(); p--) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(months.get(p).danish())));
            for (List<Observation> series : tiers) {
                row.add(Cell.figure(series.get(p).value(), Quantity.MILLION_KRONER));
            }
            table.row(row);
        }
        return table.source(provenance).build();
    }

    private DataTable groupTable(Area area, Period year, String provenance) {
        DataTable.Builder table = DataTable.builder("grupper", "Fuldtidspersoner og kommunens udgift efter ydelsesgruppe, "
                + year.danish(), "Ydelsesgruppe", "Fuldtidspersoner", "Heraf over et år", "Kommunens udgift",
                "Heraf over et år", "Kommunens andel");
        for (String group : GROUPS) {
            Optional<Indicator> fullTime = find(group, Measure.FULL_TIME);
            if (fullTime.isEmpty()) {
                continue;
            }
            String name = fullTime.get().name();
            table.row(Cell.text(name.contains(":") ? name.substring(0, name.indexOf(':')) : name),
                    Cell.figure(value(group, Measure.FULL_TIME, area, year), Quantity.COUNT),
                    Cell.figure(value(group, Measure.FULL_TIME_TIER_4, area, year), Quantity.COUNT),
                    Cell.figure(value(group, Measure.MUNICIPAL, area, year), Quantity.MILLION_KRONER),
                    Cell.figure(value(group, Measure.MUNICIPAL_TIER_4, area, year), Quantity.MILLION_KRONER),
                    Cell.figure(value(group, Measure.MUNICIPAL_SHARE, area, year), Quantity.PERCENT));
        }
        return table.source(provenance).build();
    }

    private Optional<Indicator> find(String group, Measure measure) {
        return catalog.find(RegisterIndicator.of(group, measure).id());
    }

    private Double value(String group, Measure measure, Area area, Period period) {
        return find(group, measure).map(i -> values.series(i, area, period, period).get(0).value()).orElse(null);
    }
}
