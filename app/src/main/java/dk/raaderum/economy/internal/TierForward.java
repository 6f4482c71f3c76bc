package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

import dk.raaderum.engine.RefusionTier;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;

/**
 * The forecast's municipal cost per refusion tier and quarter, all benefits: a stacked bar chart with a table and a
 * sentence as its text alternative.
 */
record TierForward(DataTable table, String chart, String description) {

    static TierForward of(List<QuarterForecast.Row> totals, String source) {
        List<String> series = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Kvartal"));
        for (int tier = 1; tier <= 4; tier++) {
            series.add(RefusionTier.label(tier));
            header.add(RefusionTier.label(tier));
        }
        header.add("I alt");
        DataTable.Builder table = DataTable.builder("prognose-trin",
                "Kommunens udgift efter refusion pr. refusionstrin og kvartal, alle ydelser", header.toArray(String[]::new));
        List<SvgCharts.Stack> stacks = new ArrayList<>();
        for (QuarterForecast.Row r : totals) {
            double[] tiers = java.util.Arrays.copyOfRange(r.byTierDkk(), 1, 5);
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(EconomyPages.quarter(r))));
            for (double v : tiers) {
                cells.add(Cell.figure(v, Quantity.MILLION_KRONER));
            }
            cells.add(Cell.figure(r.municipalDkk(), Quantity.MILLION_KRONER));
            table.row(cells);
            stacks.add(new SvgCharts.Stack(EconomyPages.quarter(r), tiers));
        }
        String description = "Stablet søjlediagram: kommunens forventede udgift efter refusion pr. kvartal, delt på "
                + "refusionstrin (nederst uge 1-4, øverst over 52 uger)"
                + (totals.isEmpty() ? "" : "; i " + EconomyPages.quarter(totals.get(totals.size() - 1)) + " ligger "
                        + DanishFormat.millions(totals.get(totals.size() - 1).byTierDkk()[4]) + " af "
                        + DanishFormat.millions(totals.get(totals.size() - 1).municipalDkk()) + " på trinnet over 52 uger")
                + ". Tallene står i tabellen.";
        return new TierForward(table.source(source).build(),
                SvgCharts.stacked("Forventet udgift efter refusion pr. refusionstrin og kvartal", series, stacks),
                description);
    }
}
