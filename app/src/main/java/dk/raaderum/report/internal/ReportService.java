package dk.raaderum.report.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Service;

import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.report.ReportFormat;
import dk.raaderum.report.Reports;

@Service
class ReportService implements Reports {

    private final ReportAssembler assembler;
    private final WeeklyAssembler weekly;
    private final DocumentRenderer renderer;

    ReportService(ReportAssembler assembler, WeeklyAssembler weekly, DocumentRenderer renderer) {
        this.assembler = assembler;
        this.weekly = weekly;
        this.renderer = renderer;
    }

    @Override
    public byte[] committeeReport(int municipality, Period quarter, ReportFormat format, boolean withPlan) {
        if (quarter.type() != PeriodType.QUARTER) {
            throw new IllegalArgumentException("Rapporten gælder et kvartal, fx 2026-Q2, ikke '" + quarter + "'");
        }
        String html = renderer.html("report/committee", Map.of("r", assembler.committee(municipality, quarter, withPlan)));
        return format == ReportFormat.PDF ? renderer.pdf(html) : html.getBytes(StandardCharsets.UTF_8);
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
