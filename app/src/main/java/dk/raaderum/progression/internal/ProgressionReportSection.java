package dk.raaderum.progression.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.indicator.Period;
import dk.raaderum.progression.ProgressionSummary;
import dk.raaderum.report.ReportSection;

/**
 * The committee report's section on citizens' progression: aggregates only (per target group, and efforts with their
 * interval), with small groups withheld; only for readers of the municipality's own documents, never in the public
 * report.
 */
@Component
class ProgressionReportSection implements ReportSection {

    private final ProgressionFigures figures;

    ProgressionReportSection(ProgressionFigures figures) {
        this.figures = figures;
    }

    @Override
    public Optional<Content> content(int municipality, Period quarter, boolean forPlanReaders) {
        if (!forPlanReaders) {
            return Optional.empty();
        }
        LocalDate asOf = quarter.endExclusive().minusDays(1);
        ProgressionFigures.Result groups = figures.aggregate(municipality, ProgressionFigures.Grouping.TARGET_GROUP, 6,
                asOf);
        ProgressionFigures.Result shortTerm = figures.aggregate(municipality, ProgressionFigures.Grouping.TARGET_GROUP,
                3, asOf);
        if (groups.table().total().citizens() != null && groups.table().total().citizens() == 0
                && shortTerm.table().total().citizens() != null && shortTerm.table().total().citizens() == 0) {
            return Optional.empty();
        }
        ProgressionFigures.Result efforts = figures.aggregate(municipality, ProgressionFigures.Grouping.EFFORT, 6, asOf);
        List<String> paragraphs = new ArrayList<>(ProgressionSummary.sentences(groups.table(), 6, "målgruppe"));
        paragraphs.addAll(ProgressionSummary.sentences(shortTerm.table(), 3, "målgruppe").subList(0, 1));
        ProgressionSummary.clearlyPositive(efforts.table()).ifPresent(paragraphs::add);
        paragraphs.add(ProgressionSummary.associationCaution());
        return Optional.of(new Content("progression", "Borgernes progression mod arbejde og uddannelse", 50,
                paragraphs, List.of(ProgressionTables.overview(groups, false), ProgressionTables.overview(efforts, true)),
                List.of(), List.of(), ProgressionTables.source(groups)));
    }
}
