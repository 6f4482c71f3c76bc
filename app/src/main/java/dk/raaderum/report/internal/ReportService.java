package dk.raaderum.report.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.report.ReportFormat;
import dk.raaderum.report.Reports;

@Service
class ReportService implements Reports {

    /** The key figure whose newest month decides which quarters are complete. */
    private static final String BASIS = "ledige_fuldtid";

    private final ReportAssembler assembler;
    private final WeeklyAssembler weekly;
    private final DocumentRenderer renderer;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;

    ReportService(ReportAssembler assembler, WeeklyAssembler weekly, DocumentRenderer renderer, IndicatorCatalog catalog,
            IndicatorValues values) {
        this.assembler = assembler;
        this.weekly = weekly;
        this.renderer = renderer;
        this.catalog = catalog;
        this.values = values;
    }

    @Override
    public byte[] committeeReport(int municipality, Period quarter, ReportFormat format, boolean withPlan) {
        refusal(quarter).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        String html = renderer.html("report/committee", Map.of("r", assembler.committee(municipality, quarter, withPlan)));
        return format == ReportFormat.PDF ? renderer.pdf(html) : html.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<Period> latestCompleteQuarter() {
        return catalog.find(BASIS).flatMap(values::freshness).map(Freshness::lastPeriod).map(last -> {
            Period month = last.months().get(last.months().size() - 1);
            Period quarter = Period.containing(PeriodType.QUARTER, month.start());
            return quarter.endExclusive().minusMonths(1).equals(month.start()) ? quarter
                    : Period.containing(PeriodType.QUARTER, quarter.start().minusMonths(1));
        });
    }

    @Override
    public Optional<String> refusal(Period quarter) {
        if (quarter.type() != PeriodType.QUARTER) {
            return Optional.of("Rapporten gælder et kvartal, fx 2026-Q2, ikke '" + quarter + "'");
        }
        Optional<Period> latest = latestCompleteQuarter();
        if (latest.isPresent() && quarter.compareTo(latest.get()) > 0) {
            return Optional.of("Der er ikke tal for hele " + quarter.danishInFull() + " endnu; det seneste hele kvartal er "
                    + latest.get().danishInFull() + " (" + latest.get() + ").");
        }
        return Optional.empty();
    }

    @Override
    public byte[] pdf(String html) {
        return renderer.pdf(html);
    }

    @Override
    public byte[] weeklyOnePager(int municipality, String team) {
        return renderer.pdf(renderer.html("report/weekly", Map.of("w", weekly.onePager(municipality, team))));
    }
}
