package dk.raaderum.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/** Ordinary least squares with Apache Commons Math (QR decomposition), and leave-one-out predictions. */
public final class LeastSquares {

    private LeastSquares() {
    }

    /** Fits {@code y} on the columns of {@code x} (one row per observation) plus an intercept. */
    public static Regression fit(double[][] x, double[] y, List<String> names) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        List<String> terms = new ArrayList<>();
        terms.add("konstant");
        terms.addAll(names);
        return new Regression(List.copyOf(terms), ols.estimateRegressionParameters(),
                ols.estimateRegressionParametersStandardErrors(), ols.calculateRSquared(), y.length,
                ols.estimateErrorVariance(), ols.estimateRegressionParametersVariance());
    }

    /** An expected value with its prediction interval. */
    public record Prediction(double expected, double lower, double upper) {
    }

    /**
     * For each observation, the prediction from a model fitted without it, with the prediction interval at
     * {@code level} (e.g. 0.90): expected ± t · √(s² (1 + x₀ᵀ(XᵀX)⁻¹x₀)), s² and (XᵀX)⁻¹ from that fit.
     */
    public static List<Prediction> leaveOneOut(double[][] x, double[] y, List<String> names, double level) {
        List<Prediction> predictions = new ArrayList<>();
        for (int left = 0; left < y.length; left++) {
            double[][] xs = new double[y.length - 1][];
            double[] ys = new double[y.length - 1];
            for (int i = 0, j = 0; i < y.length; i++) {
                if (i != left) {
                    xs[j] = x[i];
                    ys[j++] = y[i];
                }
            }
            // a condition that no longer varies without this observation (the only one in its group) drops out
            int[] keep = varying(xs);
            List<String> kept = Arrays.stream(keep).mapToObj(names::get).toList();
            Regression fit = fit(select(xs, keep), ys, kept);
            double expected = fit.predict(select(x[left], keep));
            double t = new TDistribution(fit.residualDegrees()).inverseCumulativeProbability(0.5 + level / 2);
            double half = t * Math.sqrt(fit.residualVariance() * (1 + fit.leverage(select(x[left], keep))));
            predictions.add(new Prediction(expected, expected - half, expected + half));
        }
        return predictions;
    }

    /**
     * Q², the share of the variation the model predicts for observations it has not seen:
     * 1 − PRESS / SS, with PRESS = Σ (yᵢ − ŷ₍₋ᵢ₎)² from the leave-one-out predictions and SS = Σ (yᵢ − ȳ)².
     */
    public static double predictiveRSquared(double[] y, List<Prediction> leaveOneOut) {
        double mean = Arrays.stream(y).average().orElse(Double.NaN);
        double press = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            press += Math.pow(y[i] - leaveOneOut.get(i).expected(), 2);
            total += Math.pow(y[i] - mean, 2);
        }
        return 1 - press / total;
    }

    /**
     * The variance inflation factor of each column: 1 / (1 − R²) of that column regressed on the others. Above
     * about 5 a condition mostly repeats the others, and its coefficient cannot be read on its own.
     */
    public static double[] varianceInflation(double[][] x) {
        int columns = x[0].length;
        double[] factors = new double[columns];
        if (columns == 1) {
            Arrays.fill(factors, 1);
            return factors;
        }
        for (int k = 0; k < columns; k++) {
            int target = k;
            int[] others = IntStream.range(0, columns).filter(c -> c != target).toArray();
            double[] column = Arrays.stream(x).mapToDouble(row -> row[target]).toArray();
            double r2 = fit(select(x, others), column, Arrays.stream(others).mapToObj(String::valueOf).toList())
                    .rSquared();
            factors[k] = 1 / (1 - r2);
        }
        return factors;
    }

    /** The columns whose values are not all equal. */
    public static int[] varying(double[][] x) {
        return IntStream.range(0, x[0].length)
                .filter(k -> Arrays.stream(x).anyMatch(row -> row[k] != x[0][k])).toArray();
    }

    public static double[][] select(double[][] x, int[] columns) {
        return Arrays.stream(x).map(row -> select(row, columns)).toArray(double[][]::new);
    }

    public static double[] select(double[] row, int[] columns) {
        return Arrays.stream(columns).mapToDouble(k -> row[k]).toArray();
    }
}
