package dk.raaderum.security;

import java.time.Instant;
import java.util.List;

/**
 * Who did what to which municipality's data, whether it was allowed, from where and (for reads of a citizen's
 * record) why. The trail only grows: nothing in the application can change or delete an event.
 */
public interface AuditTrail {

    /** Records an event; the client's address is taken from the current HTTP request, if there is one. */
    void record(String user, Integer municipality, String action, String target, String outcome, String detail);

    /** As {@link #record(String, Integer, String, String, String, String)}, with the reason the user gave. */
    void record(String user, Integer municipality, String action, String target, String outcome, String detail,
            String reason);

    /** As {@link #record(String, Integer, String, String, String, String)}, under the user's own municipality. */
    void recordForUser(String user, String action, String target, String outcome, String detail);

    /** One page of events matching the query, newest first. */
    Page page(Query query);

    record Event(long id, Instant at, String user, Integer municipality, String action, String target, String outcome,
            String detail, String address, String reason) {
    }

    /**
     * What to look for; null fields match everything. {@code municipality} null means every municipality and the
     * events that belong to none (logins of network users, imports): only an administrator may ask for that.
     */
    record Query(Integer municipality, Instant from, Instant to, String user, String action, String outcome,
            int page, int size) {

        public static final int MAX_SIZE = 500;

        public Query {
            if (page < 0) {
                throw new IllegalArgumentException("'page' skal være 0 eller mere");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("'size' skal være mellem 1 og " + MAX_SIZE);
            }
        }
    }

    record Page(List<Event> events, long total, int page, int size) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }
}
