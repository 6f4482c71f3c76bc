package dk.raaderum.report.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.report.ReportFigures;
import dk.raaderum.report.internal.ReportModel.Chart;

import static dk.raaderum.report.internal.ReportText.millions;
import static dk.raaderum.report.internal.ReportText.provenance;
import static dk.raaderum.report.internal.ReportText.quarterText;
import static dk.raaderum.report.internal.ReportText.source;
import static dk.raaderum.report.internal.ReportText.text;

/** The report's economy: the quarter's cost after refusion by tier, and the trend over eight quarters. */
@Component
class EconomySection {

    private static final String COST = "reg_alle_ydelser_";

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;

    EconomySection(IndicatorCatalog catalog, IndicatorValues values) {
        this.catalog = catalog;
        this.values = values;
    }

    ReportFigures.Economy figures(Municipality m, Period quarter) {
        Double total = value(COST + "udgift_kommune", m.asArea(), quarter);
        Double beyond = value(COST + "kommune_trin4", m.asArea(), quarter);
        return total == null ? null : new ReportFigures.Economy(total, beyond);
    }

    ReportModel.Economy economy(Municipality m, Period quarter, Set<String> sources) {
        Optional<Indicator> cost = catalog.find(COST + "udgift_kommune");
        Optional<Freshness> fresh = cost.flatMap(values::freshness);
        if (fresh.isEmpty()) {
            return null;
        }
        sources.add(source(fresh.get()));
        Area area = m.asArea();
        String[] labels = {"Uge 1-4 (kommunen betaler 20 pct.)", "Uge 5-26 (60 pct.)", "Uge 27-52 (70 pct.)",
            "Over 52 uger (80 pct.)"};
        List<String[]> tiers = new ArrayList<>();
        Period first = new Period(PeriodType.QUARTER, quarter.start().minusMonths(21));
        List<Period> quarters = first.through(quarter);
        List<SvgChart.Series> trend = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            tiers.add(new String[] {labels[t - 1], millions(value(COST + "kommune_trin" + t, area, quarter))});
            List<Double> millions = catalog.find(COST + "kommune_trin" + t)
                    .map(i -> values.series(i, area, first, quarter).stream()
                            .map(o -> o.value() == null ? null : o.value() / 1e6).toList())
                    .orElse(Collections.nCopies(quarters.size(), null));
            trend.add(new SvgChart.Series(labels[t - 1].replaceAll(" \\(.*", ""), millions));
        }
        String title = "Kommunens udgift efter refusion pr. kvartal, fordelt på refusionstrin";
        Chart chart = new Chart("graf-oekonomi", title, SvgChart.stacked(title, "mio. kr.", 0,
                quarters.stream().map(Period::danish).toList(), trend),
                "Søjlediagram over kommunens udgift efter refusion i de seneste otte kvartaler; tallene for "
                        + quarterText(quarter) + " står i tabellen.", provenance(fresh.get()));
        boolean synthetic = cost.get().source().toLowerCase(Locale.ROOT).contains("syntetisk");
        return new ReportModel.Economy(millions(value(COST + "udgift_kommune", area, quarter)),
                millions(value(COST + "udgift_brutto", area, quarter)),
                text(value(COST + "kommunal_andel", area, quarter), 1), tiers, chart, synthetic,
                provenance(fresh.get()));
    }

    private Double value(String id, Area area, Period period) {
        return catalog.find(id).map(i -> values.series(i, area, period, period).get(0).value()).orElse(null);
    }
}
