package dk.raaderum.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule for a citizen's progression over a horizon of 3 or 6 months. The end is the citizen's newest assessment
 * on or before the day asked about, if it is less than {@value #RECENT_MONTHS} months old; the start is the earlier
 * assessment nearest to the end minus the horizon, at most {@value #TOLERANCE_DAYS} days either side (assessments
 * every three months are seldom exactly on the day). The change is the caseworker's scores at the end minus those at
 * the start, on the dimensions assessed both times. A citizen without such a pair has no change for that horizon and
 * is not counted in it.
 */
public final class ProgressionChange {

    public static final int RECENT_MONTHS = 12;
    public static final int TOLERANCE_DAYS = 45;

    private ProgressionChange() {
    }

    public static Optional<CitizenChange> over(List<Assessment> assessments, int months, LocalDate asOf) {
        Optional<Assessment> end = assessments.stream().filter(a -> !a.date().isAfter(asOf))
                .max(Comparator.comparing(Assessment::date))
                .filter(a -> a.date().isAfter(asOf.minusMonths(RECENT_MONTHS)));
        if (end.isEmpty()) {
            return Optional.empty();
        }
        LocalDate target = end.get().date().minusMonths(months);
        Optional<Assessment> start = assessments.stream()
                .filter(a -> a.date().isBefore(end.get().date()))
                .filter(a -> Math.abs(ChronoUnit.DAYS.between(target, a.date())) <= TOLERANCE_DAYS)
                .min(Comparator.<Assessment>comparingLong(a -> Math.abs(ChronoUnit.DAYS.between(target, a.date())))
                        .thenComparing(Assessment::date));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> change = new HashMap<>();
        end.get().caseworker().forEach((dimension, score) -> {
            Integer before = start.get().caseworker().get(dimension);
            if (before != null) {
                change.put(dimension, score - before);
            }
        });
        return change.isEmpty() ? Optional.empty()
                : Optional.of(new CitizenChange(start.get().date(), end.get().date(), start.get().effort(), change));
    }
}
