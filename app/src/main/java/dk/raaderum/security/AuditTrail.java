package dk.raaderum.security;

import java.time.Instant;
import java.util.List;

/** Who did what to which municipality's data, and whether it was allowed. */
public interface AuditTrail {

    void record(String user, Integer municipality, String action, String target, String outcome, String detail);

    /** The newest events about a municipality, newest first. */
    List<Event> recent(int municipality, int limit);

    record Event(Instant at, String user, String action, String target, String outcome, String detail) {
    }
}
