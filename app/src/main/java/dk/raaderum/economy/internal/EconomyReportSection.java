package dk.raaderum.economy.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.indicator.Period;
import dk.raaderum.report.ReportSection;

/**
 * "Økonomien fremad" in the committee report: the cost forecast for the four quarters after the report's quarter
 * (or after the register's last month, if that is earlier) and how last year's forecast hit. Only for readers of the
 * municipality's own documents: the forecast rests on individual spells.
 */
@Component
class EconomyReportSection implements ReportSection {

    static final int ORDER = 60;

    private final EconomyService economy;

    EconomyReportSection(EconomyService economy) {
        this.economy = economy;
    }

    @Override
    public Optional<Content> content(int municipality, Period quarter, boolean forPlanReaders) {
        if (!forPlanReaders) {
            return Optional.empty();
        }
        YearMonth quarterEnd = YearMonth.from(quarter.endExclusive().minusDays(1));
        EconomyService.ForecastAnswer answer = economy.forecast(municipality, null, 4);
        if (!(answer instanceof EconomyService.Forecast latest)) {
            return Optional.empty();
        }
        if (quarterEnd.isBefore(latest.asOf())) {
            answer = economy.forecast(municipality, quarterEnd.toString(), 4);
            if (!(answer instanceof EconomyService.Forecast)) {
                return Optional.empty();
            }
        }
        EconomyService.Forecast f = (EconomyService.Forecast) answer;
        EconomyPages.ForecastView view = EconomyPages.forecast(f);
        return Optional.of(new Content("oekonomi-fremad", "Økonomien fremad", ORDER,
                List.of(ReportSentences.forecast(f), view.hitSentence()), List.of(view.total(), view.backTest()),
                List.of(view.fanChart()), List.of(view.fanDescription()), view.source()));
    }
}
