package dk.raaderum.company.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.company.CompanyIndicators;
import dk.raaderum.company.CompanySummary;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.report.ReportSection;

/** The committee report's section on the company collaboration: the last four quarters' metrics. */
@Component
class CompanyReportSection implements ReportSection {

    private final CompanyViews views;
    private final CompanyRepository repository;

    CompanyReportSection(CompanyViews views, CompanyRepository repository) {
        this.views = views;
        this.repository = repository;
    }

    @Override
    public Optional<Content> content(int municipality, Period quarter, boolean forPlanReaders) {
        if (!forPlanReaders || repository.firstDay(municipality).isEmpty()) {
            return Optional.empty();
        }
        Period first = new Period(PeriodType.QUARTER, quarter.start().minusMonths(9));
        CompanyViews.Metrics m = views.metrics(municipality, first, quarter);
        int last = m.periods().size() - 1;
        List<String> sentences = CompanySummary.sentences(quarter.danish(), at(m, CompanyIndicators.COLLABORATING, last),
                at(m, CompanyIndicators.COLLABORATING_SHARE, last), at(m, CompanyIndicators.MEDIAN_ANSWER, last),
                repository.serviceLevel(municipality).orElse(null), at(m, CompanyIndicators.IN_WORK_SHARE, last));
        return Optional.of(new Content("virksomheder", "Samarbejdet med virksomhederne", 60, sentences,
                List.of(views.byMetric("rapport-virksomheder", "Virksomhedssamarbejdet pr. kvartal", m)), List.of(),
                List.of(), m.source()));
    }

    private static Double at(CompanyViews.Metrics m, String id, int index) {
        List<Double> values = m.values().get(id);
        return values == null ? null : values.get(index);
    }
}
