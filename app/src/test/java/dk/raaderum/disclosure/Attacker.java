package dk.raaderum.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader could work out from the shown cells of a table tied by sums, written independently of
 * {@link SmallCells}: the system of sums with the shown values moved to the right-hand side, reduced to row
 * echelon form by Gauss–Jordan elimination; an unknown is recovered when its row has no other unknown left.
 */
public final class Attacker {

    private Attacker() {
    }

    /** The hidden cells a reader can recover exactly, with the value they recover. */
    public static <K> Map<K, Double> recover(Map<K, Double> values, Set<K> hidden, List<SmallCells.Relation<K>> relations) {
        List<K> unknowns = new ArrayList<>(hidden);
        Map<K, Integer> index = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            index.put(unknowns.get(i), i);
        }
        int n = unknowns.size();
        List<double[]> rows = new ArrayList<>();
        for (SmallCells.Relation<K> r : relations) {
            double[] row = new double[n + 1]; // coefficients, then the right-hand side
            add(row, r.total(), 1, values, index, n);
            for (K part : r.parts()) {
                add(row, part, -1, values, index, n);
            }
            rows.add(row);
        }
        int pivotRow = 0;
        int[] pivotOfColumn = new int[n];
        java.util.Arrays.fill(pivotOfColumn, -1);
        for (int col = 0; col < n && pivotRow < rows.size(); col++) {
            int best = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[col]) > 1e-9 && (best < 0 || Math.abs(rows.get(r)[col]) > Math.abs(rows.get(best)[col]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            java.util.Collections.swap(rows, pivotRow, best);
            double[] p = rows.get(pivotRow);
            double scale = p[col];
            for (int k = 0; k <= n; k++) {
                p[k] /= scale;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (r != pivotRow && Math.abs(rows.get(r)[col]) > 1e-12) {
                    double f = rows.get(r)[col];
                    for (int k = 0; k <= n; k++) {
                        rows.get(r)[k] -= f * p[k];
                    }
                }
            }
            pivotOfColumn[col] = pivotRow++;
        }
        Map<K, Double> recovered = new HashMap<>();
        for (int col = 0; col < n; col++) {
            if (pivotOfColumn[col] < 0) {
                continue;
            }
            double[] row = rows.get(pivotOfColumn[col]);
            boolean alone = true;
            for (int k = 0; k < n; k++) {
                if (k != col && Math.abs(row[k]) > 1e-9) {
                    alone = false;
                    break;
                }
            }
            if (alone) {
                recovered.put(unknowns.get(col), row[n]);
            }
        }
        return recovered;
    }

    private static <K> void add(double[] row, K cell, int sign, Map<K, Double> values, Map<K, Integer> index, int n) {
        Integer i = index.get(cell);
        if (i != null) {
            row[i] += sign;
        } else {
            row[n] -= sign * values.get(cell);
        }
    }
}
