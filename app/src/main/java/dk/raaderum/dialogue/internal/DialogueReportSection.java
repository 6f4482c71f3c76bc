package dk.raaderum.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.indicator.Period;
import dk.raaderum.report.ReportSection;

/** The committee report's section on dialogue: the quarter's meetings and the latest satisfaction surveys. */
@Component
class DialogueReportSection implements ReportSection {

    private final DialogueRepository repository;
    private final SatisfactionSurveys surveys;
    private final DialogueViews views;

    DialogueReportSection(DialogueRepository repository, SatisfactionSurveys surveys, DialogueViews views) {
        this.repository = repository;
        this.surveys = surveys;
        this.views = views;
    }

    @Override
    public Optional<Content> content(int municipality, Period quarter, boolean forPlanReaders) {
        if (!forPlanReaders) {
            return Optional.empty();
        }
        List<Meeting> meetings = repository.meetings(municipality, quarter.start(), quarter.endExclusive());
        var satisfaction = surveys.table(municipality);
        if (meetings.isEmpty() && satisfaction.rows().isEmpty()) {
            return Optional.empty();
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(DialogueSummary.meetings(meetings.size(), quarter.danish()));
        return Optional.of(new Content("dialog", "Dialog med borgere og virksomheder", 70, paragraphs,
                meetings.isEmpty() ? List.of(satisfaction) : List.of(views.meetings(meetings), satisfaction),
                List.of(), List.of(), satisfaction.source()));
    }
}
