package dk.raaderum.benchmark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

import dk.raaderum.statistics.LeastSquares;

/**
 * Comparable municipalities on the conditions of the model, each standardized and weighted by its importance
 * there (|coefficient| × standard deviation): the nearest ones as peers, and k-means++ clusters.
 */
final class Neighbours {

    private static final int CLUSTERS = 6;

    private final FrameworkConditions.Table conditions;
    private final int[] keep;
    private final double[] weights;
    private final double[] mean;
    private final double[] sd;

    Neighbours(FrameworkConditions.Table conditions, int[] keep, double[] coefficients, double[] mean, double[] sd) {
        this.conditions = conditions;
        this.keep = keep;
        this.mean = mean;
        this.sd = sd;
        this.weights = new double[keep.length];
        for (int k = 0; k < keep.length; k++) {
            weights[k] = Math.abs(coefficients[k + 1]) * sd[k];
        }
    }

    /** The k municipalities nearest to {@code code}. */
    List<Integer> peers(int code, int k) {
        double[] own = LeastSquares.select(conditions.of(code), keep);
        return conditions.municipalities().stream().filter(c -> c != code)
                .sorted(Comparator.comparingDouble(c -> distance(own, LeastSquares.select(conditions.of(c), keep))))
                .limit(k).toList();
    }

    /** k-means++ with a fixed seed (the same data give the same clusters), numbered by their smallest code. */
    Map<Integer, Integer> clusters() {
        List<ClusterPoint> points = conditions.municipalities().stream().map(code -> {
            double[] x = LeastSquares.select(conditions.of(code), keep);
            double[] z = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                z[k] = sd[k] == 0 ? 0 : Math.sqrt(weights[k]) * (x[k] - mean[k]) / sd[k];
            }
            return new ClusterPoint(code, z);
        }).toList();
        var clusterer = new KMeansPlusPlusClusterer<ClusterPoint>(CLUSTERS, 200, new EuclideanDistance(),
                new JDKRandomGenerator(2026));
        List<CentroidCluster<ClusterPoint>> found = new ArrayList<>(clusterer.cluster(points));
        found.sort(Comparator.comparingInt(c -> c.getPoints().stream().mapToInt(ClusterPoint::code).min().orElse(0)));
        Map<Integer, Integer> byCode = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            for (ClusterPoint p : found.get(i).getPoints()) {
                byCode.put(p.code(), i + 1);
            }
        }
        return byCode;
    }

    private double distance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            double z = sd[k] == 0 ? 0 : (a[k] - b[k]) / sd[k];
            sum += weights[k] * z * z;
        }
        return Math.sqrt(sum);
    }

    private record ClusterPoint(int code, double[] point) implements Clusterable {
        @Override
        public double[] getPoint() {
            return point;
        }
    }
}
