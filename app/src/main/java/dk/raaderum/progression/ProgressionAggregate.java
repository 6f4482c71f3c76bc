package dk.raaderum.progression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.raaderum.disclosure.SmallCells;

/**
 * Progression in aggregate: per group (team, target group or effort) and in total, the number of citizens with a
 * change over the horizon, their mean change (the mean of each citizen's mean change over the dimensions), the share
 * with progress, the mean change per dimension and a 95 % interval of the mean. A group of fewer than
 * {@value SmallCells#THRESHOLD} citizens is withheld, and so many more as {@link SmallCells} needs so that no withheld
 * group can be worked out from the total and the groups shown; the same holds for each dimension on its own.
 */
public final class ProgressionAggregate {

    public static final double CONFIDENCE = 0.95;
    /** The key of the total among the groups (NUL never comes in from outside, so no group can be called this). */
    private static final String TOTAL = "\u0000i alt";

    private ProgressionAggregate() {
    }

    /** One citizen's change, in its group. */
    public record Member(String group, CitizenChange change) {
    }

    /**
     * The figures of one group; when {@code suppressed}, every figure is null. A dimension's mean is null when it is
     * withheld ({@code suppressedDimensions}) or no citizen was assessed on it both times.
     */
    public record Figures(String group, Integer citizens, boolean suppressed, Double meanChange,
            Double shareWithProgress, Map<String, Double> dimensions, Set<String> suppressedDimensions,
            MeanInterval interval) {
    }

    /** The groups in the order given, and the total (whose {@code group} is null). */
    public record Table(List<Figures> groups, Figures total) {
    }

    /**
     * @param groupOrder the order to show the groups in; groups without members are left out
     */
    public static Table of(List<Member> members, List<String> groupOrder, List<Dimension> dimensions) {
        Map<String, List<CitizenChange>> byGroup = new LinkedHashMap<>();
        groupOrder.forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (Member m : members) {
            byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m.change());
        }
        byGroup.values().removeIf(List::isEmpty);
        Map<String, List<CitizenChange>> cells = new LinkedHashMap<>(byGroup);
        cells.put(TOTAL, members.stream().map(Member::change).toList());
        SmallCells.Relation<String> sum = new SmallCells.Relation<>(TOTAL, List.copyOf(byGroup.keySet()));
        Comparator<String> order = Comparator.comparingInt(new ArrayList<>(cells.keySet())::indexOf);

        Map<String, Double> persons = new HashMap<>();
        cells.forEach((g, changes) -> persons.put(g, (double) changes.size()));
        Set<String> hidden = SmallCells.hidden(persons, List.of(sum), SmallCells.THRESHOLD, order);

        Map<String, Set<String>> hiddenDimensions = new HashMap<>();
        for (Dimension d : dimensions) {
            Map<String, Double> assessed = new HashMap<>();
            cells.forEach((g, changes) -> assessed.put(g, hidden.contains(g) ? 1.0
                    : (double) changes.stream().filter(c -> c.change().containsKey(d.id())).count()));
            for (String g : SmallCells.hidden(assessed, List.of(sum), SmallCells.THRESHOLD, order)) {
                hiddenDimensions.computeIfAbsent(g, x -> new LinkedHashSet<>()).add(d.id());
            }
        }
        List<Figures> groups = new ArrayList<>();
        byGroup.forEach((g, changes) -> groups.add(figures(g, changes, hidden.contains(g),
                hiddenDimensions.getOrDefault(g, Set.of()), dimensions)));
        return new Table(groups, figures(null, cells.get(TOTAL), hidden.contains(TOTAL),
                hiddenDimensions.getOrDefault(TOTAL, Set.of()), dimensions));
    }

    private static Figures figures(String group, List<CitizenChange> changes, boolean suppressed,
            Set<String> hiddenDimensions, List<Dimension> dimensions) {
        if (suppressed) {
            return new Figures(group, null, true, null, null, null, Set.copyOf(hiddenDimensions), null);
        }
        int n = changes.size();
        double[] means = changes.stream().mapToDouble(CitizenChange::mean).toArray();
        Map<String, Double> byDimension = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            List<Integer> values = changes.stream().map(c -> c.change().get(d.id())).filter(v -> v != null).toList();
            byDimension.put(d.id(), hiddenDimensions.contains(d.id()) || values.isEmpty() ? null
                    : values.stream().mapToInt(Integer::intValue).average().orElseThrow());
        }
        Double mean = n == 0 ? null : java.util.Arrays.stream(means).average().orElseThrow();
        Double share = n == 0 ? null : 100.0 * changes.stream().filter(CitizenChange::progressed).count() / n;
        return new Figures(group, n, false, mean, share, java.util.Collections.unmodifiableMap(byDimension),
                Set.copyOf(hiddenDimensions), MeanInterval.of(means, CONFIDENCE).orElse(null));
    }
}
