package dk.raaderum.benchmark.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.benchmark.Condition;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.statistics.LeastSquares;
import dk.raaderum.statistics.RankIntervals;
import dk.raaderum.statistics.Regression;

/**
 * The expected level of a share from the framework conditions, for the municipalities that have a value: the OLS
 * model and its fit, each municipality's leave-one-out expected value with its 90 % prediction interval, and ranks
 * with bands. Free of Spring; {@link BenchmarkService} reads the data and writes the rows.
 */
final class ExpectedLevels {

    static final double LEVEL = 0.90;
    /** Fewer municipalities than conditions plus this leave too few degrees of freedom for honest intervals. */
    static final int SPARE_OBSERVATIONS = 10;

    /** The model over the fitted municipalities, in the order of {@code fitted}. */
    record Levels(List<Integer> fitted, List<Condition> used, int[] keep, double[][] x, double[] y, Regression model,
            BenchmarkResult.Fit fit, List<LeastSquares.Prediction> predictions, List<RankIntervals.Band> bands) {

        int indexOf(int municipality) {
            return fitted.indexOf(municipality);
        }
    }

    private ExpectedLevels() {
    }

    static int minimumMunicipalities(int conditions) {
        return conditions + SPARE_OBSERVATIONS;
    }

    /**
     * @param actual the share per municipality (null where suppressed or missing: left out of the fit)
     * @param noise the random variation of each municipality's own share (standard deviation), 0 when unknown
     */
    static Levels fit(FrameworkConditions.Table conditions, Map<Integer, Double> actual, Map<Integer, Double> noise,
            GoodDirection direction) {
        List<Integer> fitted = conditions.municipalities().stream().filter(c -> actual.get(c) != null).toList();
        double[][] all = fitted.stream().map(conditions::of).toArray(double[][]::new);
        int[] keep = LeastSquares.varying(all); // a condition constant among the fitted cannot be estimated
        List<Condition> used = Arrays.stream(keep).mapToObj(k -> conditions.conditions().get(k)).toList();
        List<String> names = used.stream().map(Condition::id).toList();
        double[][] x = LeastSquares.select(all, keep);
        double[] y = fitted.stream().mapToDouble(actual::get).toArray();
        Regression model = LeastSquares.fit(x, y, names);
        List<LeastSquares.Prediction> predictions = LeastSquares.leaveOneOut(x, y, names, LEVEL);

        Map<String, Double> inflation = new LinkedHashMap<>();
        double[] factors = LeastSquares.varianceInflation(x);
        for (int k = 0; k < names.size(); k++) {
            inflation.put(names.get(k), factors[k]);
        }
        BenchmarkResult.Fit fit = new BenchmarkResult.Fit(model.rSquared(), model.adjustedRSquared(),
                LeastSquares.predictiveRSquared(y, predictions), inflation);

        // rank 1 is the best side of expected: the lowest difference, or the highest when higher is better
        double orientation = direction == GoodDirection.HIGHER_IS_BETTER ? -1 : 1;
        double[] score = new double[y.length];
        double[] sd = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            score[i] = orientation * (y[i] - predictions.get(i).expected());
            sd[i] = noise.getOrDefault(fitted.get(i), 0.0);
        }
        List<RankIntervals.Band> bands = RankIntervals.simulate(score, x, model.coefficientCovariance(), sd, LEVEL,
                RankIntervals.DRAWS);
        return new Levels(fitted, used, keep, x, y, model, fit, predictions, bands);
    }

    /**
     * The random variation of a share p = numerator / denominator × factor when the denominator counts persons:
     * factor · √(p (1 − p) / n), as for a binomial count (the usual funnel-plot limits).
     */
    static Map<Integer, Double> binomialNoise(Map<Integer, Double> share, Map<Integer, Double> denominators,
            double factor) {
        Map<Integer, Double> noise = new HashMap<>();
        share.forEach((code, value) -> {
            Double n = denominators.get(code);
            if (value != null && n != null && n > 0) {
                double p = Math.min(1, Math.max(0, value / factor));
                noise.put(code, factor * Math.sqrt(p * (1 - p) / n));
            }
        });
        return noise;
    }
}
