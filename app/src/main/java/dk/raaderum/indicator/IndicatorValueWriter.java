package dk.raaderum.indicator;

import java.util.Set;
import java.util.Collection;

/** Stores imported values. Callers run it inside their import's transaction. */
public interface IndicatorValueWriter {

    /** Inserts or replaces the values, so re-importing the same data changes nothing. */
    void write(long importId, Collection<NewValue> values);

    /** Removes every stored value of these indicators (for a source that replaces its series wholesale). */
    void clear(Collection<String> indicatorIds);

    /** Recomputes the helper series (such as derived denominators) that are derived from these indicators. */
    void refreshDerivedSeries(Set<String> changedIndicators);
}
