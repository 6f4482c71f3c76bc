package dk.raaderum.partnership.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.indicator.Period;
import dk.raaderum.partnership.ActionPlanText;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.report.ReportSection;

/**
 * The action plan of the six recommendations as a section of the committee report: the status in words and the
 * actions under way (the untouched ones are counted, not listed). Only for readers of the municipality's own
 * documents; the public report leaves it out.
 */
@Component
class ActionPlanSection implements ReportSection {

    private final ActionPlanService service;
    private final Clock clock;

    ActionPlanSection(ActionPlanService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Optional<Content> content(int municipality, Period quarter, boolean forPlanReaders) {
        if (!forPlanReaders) {
            return Optional.empty();
        }
        List<ActionItem> plan = service.plan(municipality);
        List<ActionItem> touched = ActionPlanTables.touched(plan);
        List<String> paragraphs = new ArrayList<>(ActionPlanText.summary(ActionPlanTables.items(plan),
                DanishFormat.today(clock)));
        if (touched.isEmpty()) {
            return Optional.of(new Content("handleplan", "Handleplan for de seks anbefalinger", 60, paragraphs, List.of(),
                    List.of(), List.of(), ActionPlanTables.SOURCE));
        }
        return Optional.of(new Content("handleplan", "Handleplan for de seks anbefalinger", 60, paragraphs,
                List.of(ActionPlanTables.table("handleplan-rapport", "Handlinger i gang, gennemført eller med ansvarlig",
                        touched, service.goals(municipality))),
                List.of(), List.of(), ActionPlanTables.SOURCE));
    }
}
