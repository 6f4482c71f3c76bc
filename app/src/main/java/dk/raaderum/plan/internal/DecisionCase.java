package dk.raaderum.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case for the committee: alternatives (each with expected effect and cost), and once decided, the chosen
 * alternative and the rationale. {@code goals} are the goals the case affects.
 */
record DecisionCase(long id, int municipality, String title, String background, LocalDate meetingDate,
        List<Alternative> alternatives, Long chosen, String rationale, String decidedBy, Instant decidedAt,
        List<Long> goals) {

    record Alternative(long id, String title, String expectedEffect, Double expectedCost, boolean recommended) {
    }

    public boolean decided() {
        return chosen != null;
    }
}
