package dk.raaderum.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dk.raaderum.geography.Area;
import dk.raaderum.importing.ImportSummary;
import dk.raaderum.indicator.NewValue;
import dk.raaderum.indicator.Period;

/** The values read from one file, and the counts for its summary. */
final class ParsedValues {

    private final List<NewValue> values = new ArrayList<>();
    private final Set<String> indicators = new TreeSet<>();
    private final Set<String> areas = new TreeSet<>();
    private Period first;
    private Period last;
    private int suppressed;
    private int skipped;
    private final String skippedReason;

    ParsedValues(String skippedReason) {
        this.skippedReason = skippedReason;
    }

    void add(String indicatorId, Area area, Period period, Double value) {
        values.add(new NewValue(indicatorId, area, period, value));
        indicators.add(indicatorId);
        areas.add(area.level() + ":" + area.code());
        first = first == null || period.compareTo(first) < 0 ? period : first;
        last = last == null || period.compareTo(last) > 0 ? period : last;
        if (value == null) {
            suppressed++;
        }
    }

    void skip() {
        skipped++;
    }

    List<NewValue> values() {
        return values;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    ImportSummary summary() {
        return new ImportSummary(values.size(), suppressed, Set.copyOf(indicators), areas.size(),
                String.valueOf(first), String.valueOf(last), skipped, skippedReason);
    }
}
