package dk.raaderum.overview.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.raaderum.benchmark.Benchmark;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Comparison;
import dk.raaderum.indicator.ComparisonAreas;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.report.ReportFigures;
import dk.raaderum.report.Summary;

/**
 * One key figure for a municipality over five years, against its landsdel, region, the country and (for shares)
 * its comparable municipalities: the chart, the table (with the change from a year before, taken between the rounded
 * figures as shown, the same rule the report uses) and the sentences.
 */
@Service
class KeyFigureViews {

    static final int MONTHS = 60;

    private final IndicatorValues values;
    private final Geography geography;
    private final Benchmark benchmark;
    private final ChartJson chartJson;

    KeyFigureViews(IndicatorValues values, Geography geography, Benchmark benchmark, ChartJson chartJson) {
        this.values = values;
        this.geography = geography;
        this.benchmark = benchmark;
        this.chartJson = chartJson;
    }

    record Line(String label, List<Double> values) {
    }

    record Chart(String id, String title, String unit, List<String> periods, List<Line> lines) {
    }

    /** A key figure's panel; {@code empty} when the indicator has no data at all. */
    record Panel(String id, Indicator indicator, String latest, List<String> sentences, Chart chart, String chartData,
            DataTable table, String provenance, boolean synthetic) {
    }

    Optional<Panel> panel(Municipality municipality, Indicator indicator) {
        Optional<Freshness> freshness = values.freshness(indicator);
        if (freshness.isEmpty()) {
            return Optional.empty();
        }
        Period last = lastMonth(freshness.get());
        Period first = new Period(PeriodType.MONTH, last.start().minusMonths(MONTHS - 1L));
        boolean share = indicator.unit() == Unit.PROCENT;
        ComparisonAreas areas = share ? new ComparisonAreas(municipality, peers(municipality, indicator, last))
                : new ComparisonAreas(municipality, List.of());
        Comparison comparison = values.compare(indicator, areas, first, last);
        List<List<Double>> series = share ? comparison.all() : List.of(comparison.own());
        List<String> labels = share ? areas.labels() : List.of(municipality.name());

        List<String> periods = comparison.periods().stream().map(Period::danish).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            lines.add(new Line(labels.get(i), series.get(i)));
        }
        String id = "ind-" + indicator.id();
        Chart chart = new Chart(id + "-chart", indicator.name(), indicator.unit().danish(), periods, lines);
        int n = periods.size();
        ReportFigures.KeyFigure figure = figure(indicator, comparison.own().get(n - 1), comparison.own().get(n - 13),
                comparison.country().get(n - 1));
        List<String> sentences = new ArrayList<>();
        sentences.add(Summary.development(figure, last.danish()));
        if (share) {
            sentences.add(Summary.comparedWithCountry(figure));
        }
        return Optional.of(new Panel(id, indicator, quantity(indicator).text(figure.value()), sentences, chart,
                chartJson.write(chart), table(id + "-tabel", indicator, labels, comparison, series),
                FigureFormat.provenance(freshness.get()), indicator.isSynthetic()));
    }

    /** The figure as the report's rules take it (also used by the overview's tiles). */
    static ReportFigures.KeyFigure figure(Indicator indicator, Double now, Double yearBefore, Double country) {
        return new ReportFigures.KeyFigure(indicator.name(), indicator.unit().danish(), indicator.unit().decimals(),
                indicator.unit() == Unit.PROCENT, now, yearBefore, country);
    }

    /** Months newest first; per area, and the municipality's change from twelve months before. */
    private static DataTable table(String id, Indicator indicator, List<String> labels, Comparison comparison,
            List<List<Double>> series) {
        List<String> header = new ArrayList<>(List.of("Måned"));
        header.addAll(labels);
        header.add("Ændring fra året før, " + comparison.areas().own().name());
        Quantity quantity = quantity(indicator);
        Quantity change = indicator.unit() == Unit.PROCENT ? Quantity.POINTS : quantity.withSign().withUnit("");
        DataTable.Builder table = DataTable.builder(id, indicator.name() + " (" + indicator.unit().danish() + ")",
                header.toArray(String[]::new));
        List<Period> periods = comparison.periods();
        for (int p = periods.size() - 1; p >= 0; p--) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(periods.get(p).danish())));
            for (List<Double> s : series) {
                row.add(Cell.figure(s.get(p), quantity));
            }
            Double now = comparison.own().get(p);
            Double before = p >= 12 ? comparison.own().get(p - 12) : null;
            row.add(Cell.figure(now == null || before == null ? null
                    : DanishFormat.rounded(now, indicator.unit().decimals())
                            - DanishFormat.rounded(before, indicator.unit().decimals()), change));
            table.row(row);
        }
        return table.build();
    }

    static Quantity quantity(Indicator indicator) {
        return switch (indicator.unit()) {
            case PROCENT -> Quantity.PERCENT;
            case KRONER -> Quantity.MILLION_KRONER;
            case FULDTIDSPERSONER, ANTAL, VIRKSOMHEDER -> Quantity.COUNT;
            case PR_TUSIND, DAGE -> Quantity.COUNT.withDecimals(1);
        };
    }

    private List<Area> peers(Municipality municipality, Indicator share, Period period) {
        return benchmark.peers(municipality.code(), share, period).stream()
                .map(c -> geography.municipality(c).orElseThrow().asArea()).toList();
    }

    static Period lastMonth(Freshness freshness) {
        List<Period> months = freshness.lastPeriod().months();
        return months.get(months.size() - 1);
    }
}
