package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.util.List;

import dk.raaderum.partnership.ActionStatus;
import dk.raaderum.partnership.Recommendation;

/**
 * One action of the council's action plan: a concrete action of a recommendation (key "3.2") or a practice adopted
 * from the library (key "praksis-7"). {@code id} is null for an action nobody has touched yet.
 */
record ActionItem(Long id, String key, Recommendation recommendation, String title, Long practice,
        ActionStatus status, String owner, LocalDate deadline, List<Long> goals, boolean example) {

    /** What the form or the API sends to change an action. */
    record Draft(String status, String owner, String deadline, List<Long> goals) {
    }

    static String practiceKey(long practice) {
        return "praksis-" + practice;
    }
}
