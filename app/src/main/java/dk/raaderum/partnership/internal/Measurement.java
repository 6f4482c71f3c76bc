package dk.raaderum.partnership.internal;

import java.time.Instant;

/** A temperature measurement of one municipality; {@code synthetic} when its answers are made up for the demo. */
record Measurement(long id, int municipality, int year, boolean synthetic, String createdBy, Instant createdAt) {

    /** "2026" or "2026 (syntetisk eksempel)". */
    public String label() {
        return year + (synthetic ? " (syntetisk eksempel)" : "");
    }
}
