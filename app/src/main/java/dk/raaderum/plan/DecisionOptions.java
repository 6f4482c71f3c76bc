package dk.raaderum.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A committee case as other modules may attach to it: its alternatives, the chosen one (null until decided) and the
 * goals it affects.
 */
public record DecisionOptions(long id, String title, LocalDate meetingDate, List<Option> alternatives, Long chosen,
        List<Long> goals) {

    public record Option(long id, String title, boolean recommended) {
    }
}
