package dk.raaderum.progression;

import java.time.LocalDate;
import java.util.Map;

/**
 * How one citizen's caseworker scores moved between two assessments: per dimension assessed at both, the later score
 * minus the earlier.
 *
 * @param effort the effort at the earlier assessment, i.e. during the interval (null when none was recorded)
 */
public record CitizenChange(LocalDate from, LocalDate to, Effort effort, Map<String, Integer> change) {

    public CitizenChange {
        change = Map.copyOf(change);
        if (change.isEmpty()) {
            throw new IllegalArgumentException("a change needs at least one dimension assessed at both times");
        }
    }

    /** The mean change over the dimensions assessed at both times. */
    public double mean() {
        return change.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    /** Progress: the scores rose on average. */
    public boolean progressed() {
        return mean() > 0;
    }
}
