package dk.raaderum.report.internal;

import static dk.raaderum.report.internal.ReportText.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

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
import dk.raaderum.report.ReportFigures;
import dk.raaderum.report.internal.ReportModel.Chart;

/**
 * The report's economy from the register: the quarter's cost after refusion by tier, and the trend over eight
 * quarters. Each tier's eight quarters are read once; the quarter itself is the last of them.
 */
@Component
class EconomySection {

    private static final String COST = "reg_alle_ydelser_";
    private static final int QUARTERS = 8;

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;

    EconomySection(IndicatorCatalog catalog, IndicatorValues values) {
        this.catalog = catalog;
        this.values = values;
    }

    /**
     * {@code model} and {@code figures} are null and {@code source} empty when no register is loaded.
     */
    record Result(ReportModel.Economy model, ReportFigures.Economy figures, Optional<String> source) {
    }

    Result read(Municipality m, Period quarter) {
        Optional<Indicator> cost = catalog.find(COST + "udgift_kommune");
        Optional<Freshness> fresh = cost.flatMap(values::freshness);
        if (fresh.isEmpty()) {
            return new Result(null, null, Optional.empty());
        }
        Area area = m.asArea();
        Period first = new Period(PeriodType.QUARTER, quarter.start().minusMonths(3L * (QUARTERS - 1)));
        List<Period> quarters = first.through(quarter);
        List<ReportModel.Tier> tiers = new ArrayList<>();
        List<SvgChart.Series> trend = new ArrayList<>();
        Double beyondOneYear = null;
        for (int t = 1; t <= 4; t++) {
            List<Double> kroner = series(COST + "kommune_trin" + t, area, first, quarter);
            Double inQuarter = kroner.get(kroner.size() - 1);
            String weeks = RefusionTier.weeks(t);
            tiers.add(new ReportModel.Tier(Character.toUpperCase(weeks.charAt(0)) + weeks.substring(1)
                    + " (kommunen betaler " + Math.round(RefusionTier.municipalShare(t) * 100) + " pct.)",
                    DanishFormat.millions(inQuarter)));
            trend.add(new SvgChart.Series(weeks, kroner.stream().map(v -> v == null ? null : v / 1e6).toList()));
            beyondOneYear = t == 4 ? inQuarter : beyondOneYear;
        }
        Double municipal = series(COST + "udgift_kommune", area, quarter, quarter).get(0);
        String title = "Kommunens udgift efter refusion pr. kvartal, fordelt på refusionstrin";
        Chart chart = new Chart("graf-oekonomi", title, SvgChart.stacked(title, "mio. kr.", 0,
                quarters.stream().map(Period::danish).toList(), trend),
                "Søjlediagram over kommunens udgift efter refusion i de seneste otte kvartaler; tallene for "
                        + quarter.danishInFull() + " står i tabellen.", fresh.get().describe());
        ReportModel.Economy model = new ReportModel.Economy(DanishFormat.millions(municipal),
                DanishFormat.millions(series(COST + "udgift_brutto", area, quarter, quarter).get(0)),
                DanishFormat.figure(series(COST + "kommunal_andel", area, quarter, quarter).get(0), 1), tiers, chart,
                cost.get().isSynthetic(), fresh.get().describe());
        return new Result(model, municipal == null ? null : new ReportFigures.Economy(municipal, beyondOneYear),
                Optional.of(source(fresh.get())));
    }

    /** The values from {@code from} to {@code to}; all missing when the register has no such indicator. */
    private List<Double> series(String id, Area area, Period from, Period to) {
        return catalog.find(id).map(i -> values.series(i, area, from, to).stream().map(Observation::value).toList())
                .orElseGet(() -> from.through(to).stream().map(p -> (Double) null).toList());
    }
}
