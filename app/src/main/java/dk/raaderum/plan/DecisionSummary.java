package dk.raaderum.plan;

import java.time.LocalDate;

/** A committee case as an overview shows it: what, when, and whether (and how) it was decided. */
public record DecisionSummary(long id, String title, LocalDate meetingDate, boolean decided, String chosenAlternative) {
}
