package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.raaderum.partnership.ActionPlanText;
import dk.raaderum.partnership.ActionStatus;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;

/** The action plan as a table, for the page, its download and the committee report. */
final class ActionPlanTables {

    static final String SOURCE = "Handlingerne er de konkrete handlinger for kommunalbestyrelsen i anbefalingerne fra "
            + "KL's politiske partnerskab om beskæftigelse (2014), i Råderums formulering; status, ansvarlige og frister "
            + "er kommunens egne.";

    private ActionPlanTables() {
    }

    static DataTable table(String id, String caption, List<ActionItem> items, Map<Long, FollowedGoal> goals) {
        DataTable.Builder t = DataTable.builder(id, caption, "Handling", "Status", "Ansvarlig og frist",
                "Sammenhæng med planens mål");
        for (ActionItem i : items) {
            t.row(Cell.text((i.practice() == null ? i.key() + " " : "") + i.title() + (i.example() ? " (eksempel)" : "")),
                    Cell.text(i.status().danish()),
                    Cell.text((i.owner() == null ? "ingen ansvarlig" : i.owner())
                            + (i.deadline() == null ? "" : ", frist " + DanishFormat.date(i.deadline()))),
                    Cell.text(goalText(i, goals)));
        }
        return t.source(SOURCE).build();
    }

    static List<ActionPlanText.Item> items(List<ActionItem> items) {
        return items.stream().map(i -> new ActionPlanText.Item(i.status(), i.deadline())).toList();
    }

    /** The actions someone has started, finished or given an owner or deadline. */
    static List<ActionItem> touched(List<ActionItem> items) {
        return items.stream().filter(i -> i.status() != ActionStatus.IKKE_STARTET || i.owner() != null
                || i.deadline() != null || !i.goals().isEmpty()).toList();
    }

    static String goalText(ActionItem i, Map<Long, FollowedGoal> goals) {
        if (i.goals().isEmpty()) {
            return "–";
        }
        return i.goals().stream().map(id -> {
            FollowedGoal g = goals.get(id);
            return g == null ? "mål " + id + " (ikke i den nyeste plan)"
                    : g.goal().title() + " (" + g.assessment().status().danish() + ")";
        }).collect(Collectors.joining("; "));
    }

    static boolean overdue(ActionItem i, LocalDate today) {
        return i.status() != ActionStatus.GENNEMFOERT && i.deadline() != null && i.deadline().isBefore(today);
    }
}
