package dk.raaderum.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A committee case as other modules may attach to it: its alternatives and the goals it affects.
 */
public record DecisionOptions(long id, String title, LocalDate meetingDate, List<Option> alternatives,
        List<Long> goals) {

    public record Option(long id, String title) {
    }
}
