package dk.raaderum.dialogue.internal;

import java.time.LocalDate;

import dk.raaderum.dialogue.Audience;

/** A dialogue meeting of the committee. */
record Meeting(long id, LocalDate heldOn, Audience audience, String participants, String themes, String takeaways,
        boolean synthetic, String createdBy) {
}
