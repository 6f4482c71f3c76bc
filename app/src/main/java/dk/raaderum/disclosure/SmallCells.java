package dk.raaderum.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Primary and complementary (secondary) suppression of a table of person counts whose cells are tied by sums
 * (a total equals the sum of its parts: a region and its municipalities, all benefits and each benefit group).
 *
 * <ol>
 * <li>A cell standing for 1 to {@code threshold − 1} persons is hidden (primary suppression). A true zero is shown.</li>
 * <li>Wherever a sum has exactly one hidden member, a second one is hidden — the smallest shown member — so the
 * first cannot be found by subtraction.</li>
 * <li>Because sums share cells, two hidden members per sum are not always enough; the cells a reader could still
 * solve from all the sums together are found exactly (the hidden cells' coordinates in the null space of the system
 * of sums) and protected the same way, until none can be solved.</li>
 * </ol>
 */
public final class SmallCells {

    /** Jobindsats and Danmarks Statistik show no figure for fewer than five persons; nor does Råderum. */
    public static final int THRESHOLD = 5;
    private static final double TOLERANCE = 1e-9;

    /** The total is the sum of the parts. */
    public record Relation<K>(K total, List<K> parts) {
        List<K> members() {
            List<K> all = new ArrayList<>();
            all.add(total);
            all.addAll(parts);
            return all;
        }
    }

    private SmallCells() {
    }

    /**
     * The cells to hide.
     *
     * @param persons   the number of persons each cell stands for (after any weighting)
     * @param relations the sums that tie cells together
     * @param order     a fixed order of the cells, so the same table always hides the same cells
     */
    public static <K> Set<K> hidden(Map<K, Double> persons, Collection<Relation<K>> relations, int threshold,
            Comparator<K> order) {
        Set<K> hidden = new LinkedHashSet<>();
        persons.forEach((cell, n) -> {
            if (n > 0 && n < threshold) {
                hidden.add(cell);
            }
        });
        Map<K, List<Relation<K>>> relationsOf = new HashMap<>();
        for (Relation<K> r : relations) {
            r.members().forEach(m -> relationsOf.computeIfAbsent(m, x -> new ArrayList<>()).add(r));
        }
        Comparator<K> smallestFirst = Comparator.<K>comparingDouble(k -> persons.getOrDefault(k, 0.0)).thenComparing(order);
        while (true) {
            pairEverySum(hidden, relations, smallestFirst);
            List<K> solvable = solvable(hidden, relations);
            if (solvable.isEmpty()) {
                return hidden;
            }
            boolean added = false;
            for (K cell : solvable) {
                for (Relation<K> r : relationsOf.getOrDefault(cell, List.of())) {
                    if (hideSmallestShown(r, hidden, smallestFirst)) {
                        added = true;
                        break;
                    }
                }
            }
            if (!added) {
                return hidden; // every sum around the solvable cells is hidden already: nothing more to hide
            }
        }
    }

    /** Until no sum has exactly one hidden member. */
    private static <K> void pairEverySum(Set<K> hidden, Collection<Relation<K>> relations, Comparator<K> smallestFirst) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation<K> r : relations) {
                long count = r.members().stream().filter(hidden::contains).count();
                if (count == 1) {
                    changed |= hideSmallestShown(r, hidden, smallestFirst);
                }
            }
        }
    }

    /** Hides the smallest shown part of the sum (or, when every part is hidden, the total); false if none is left. */
    private static <K> boolean hideSmallestShown(Relation<K> r, Set<K> hidden, Comparator<K> smallestFirst) {
        return r.parts().stream().filter(p -> !hidden.contains(p)).min(smallestFirst)
                .or(() -> hidden.contains(r.total()) ? java.util.Optional.empty() : java.util.Optional.of(r.total()))
                .map(hidden::add).orElse(false);
    }

    /**
     * The hidden cells whose value follows from the shown ones through the sums: with the shown cells moved to the
     * right-hand side, a hidden cell is determined exactly when every vector of the null space of the system is zero
     * at its place.
     */
    static <K> List<K> solvable(Set<K> hidden, Collection<Relation<K>> relations) {
        List<Relation<K>> involved = relations.stream().filter(r -> r.members().stream().anyMatch(hidden::contains))
                .toList();
        Map<K, Integer> column = new HashMap<>();
        List<K> unknowns = new ArrayList<>();
        for (Relation<K> r : involved) {
            for (K m : r.members()) {
                if (hidden.contains(m) && !column.containsKey(m)) {
                    column.put(m, unknowns.size());
                    unknowns.add(m);
                }
            }
        }
        int n = unknowns.size();
        if (n == 0) {
            return List.of();
        }
        double[][] a = new double[involved.size()][n];
        for (int i = 0; i < involved.size(); i++) {
            Relation<K> r = involved.get(i);
            if (hidden.contains(r.total())) {
                a[i][column.get(r.total())] += 1;
            }
            for (K p : r.parts()) {
                if (hidden.contains(p)) {
                    a[i][column.get(p)] -= 1;
                }
            }
        }
        RealMatrix matrix = new Array2DRowRealMatrix(a, false);
        SingularValueDecomposition svd = new SingularValueDecomposition(matrix.transpose().multiply(matrix));
        double[] singular = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double largest = singular[0]; // there is at least one unknown, so at least one singular value
        List<Integer> nullVectors = new ArrayList<>();
        for (int k = 0; k < singular.length; k++) {
            if (singular[k] <= TOLERANCE * Math.max(1, largest)) {
                nullVectors.add(k);
            }
        }
        List<K> solvable = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean determined = true;
            for (int k : nullVectors) {
                if (Math.abs(v.getEntry(j, k)) > 1e-7) {
                    determined = false;
                    break;
                }
            }
            if (determined) {
                solvable.add(unknowns.get(j));
            }
        }
        return solvable;
    }
}
