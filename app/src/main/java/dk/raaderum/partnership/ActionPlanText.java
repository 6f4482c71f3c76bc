package dk.raaderum.partnership;

import java.time.LocalDate;
import java.util.List;

import dk.raaderum.platform.DanishFormat;

/** The sentences about the council's action plan, from the actions' statuses and deadlines. */
public final class ActionPlanText {

    /** What the sentences need to know about one action. */
    public record Item(ActionStatus status, LocalDate deadline) {
    }

    private ActionPlanText() {
    }

    /** "Af handleplanens 32 handlinger er 4 gennemført, 6 i gang og 22 ikke startet." plus overdue ones. */
    public static List<String> summary(List<Item> items, LocalDate today) {
        if (items.isEmpty()) {
            return List.of("Handleplanen har ingen handlinger.");
        }
        long done = items.stream().filter(i -> i.status() == ActionStatus.GENNEMFOERT).count();
        long going = items.stream().filter(i -> i.status() == ActionStatus.I_GANG).count();
        long notStarted = items.size() - done - going;
        String first = "Af handleplanens " + items.size() + " handlinger er " + done + " gennemført, " + going
                + " i gang og " + notStarted + " ikke startet.";
        List<Item> overdue = items.stream().filter(i -> i.status() != ActionStatus.GENNEMFOERT && i.deadline() != null
                && i.deadline().isBefore(today)).toList();
        if (overdue.isEmpty()) {
            return List.of(first, "Ingen handling har overskredet sin frist.");
        }
        LocalDate oldest = overdue.stream().map(Item::deadline).min(LocalDate::compareTo).orElseThrow();
        return List.of(first, overdue.size() + (overdue.size() == 1 ? " handling har" : " handlinger har")
                + " overskredet fristen uden at være gennemført; den ældste frist var " + DanishFormat.date(oldest)
                + ".");
    }
}
