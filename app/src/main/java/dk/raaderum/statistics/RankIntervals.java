package dk.raaderum.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * How certain a ranking is: the range of ranks each observation takes when the uncertainty behind the ranked
 * scores is drawn many times (a parametric simulation, as for league tables of hospitals or schools).
 * In each draw, scoreᵢ = centreᵢ − x̃ᵢᵀδ + εᵢ: δ ~ N(0, Σ) is one error of the estimated coefficients, shared by
 * all observations (x̃ᵢ is the row with its intercept 1), and εᵢ ~ N(0, sdᵢ²) is random variation in the
 * observation itself. Rank 1 is the lowest score. The same seed gives the same bands.
 */
public final class RankIntervals {

    public static final int DRAWS = 2000;
    private static final long SEED = 2026;

    private RankIntervals() {
    }

    /** An observation's rank by its centre, and the best and worst rank within the interval (best ≤ rank ≤ worst). */
    public record Band(int rank, int best, int worst) {

        public int width() {
            return worst - best;
        }
    }

    /**
     * @param centre the scores to rank (rank 1 = lowest)
     * @param rows the explanatory values of each observation, without the intercept
     * @param covariance the coefficients' covariance (intercept first), e.g. {@link Regression#coefficientCovariance()}
     * @param noise each observation's own standard deviation (0 when it has none)
     * @param level e.g. 0.90 for the ranks between the 5th and the 95th percentile of the draws
     */
    public static List<Band> simulate(double[] centre, double[][] rows, double[][] covariance, double[] noise,
            double level, int draws) {
        int n = centre.length;
        double[][] factor = choleskyOf(covariance);
        RandomGenerator random = new Well19937c(SEED);
        int[][] ranks = new int[n][draws];
        double[] score = new double[n];
        double[] z = new double[covariance.length];
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        double[][] design = Arrays.stream(rows).map(Regression::withIntercept).toArray(double[][]::new);
        for (int d = 0; d < draws; d++) {
            for (int k = 0; k < z.length; k++) {
                z[k] = random.nextGaussian();
            }
            double[] delta = multiply(factor, z);
            for (int i = 0; i < n; i++) {
                double shift = 0;
                for (int k = 0; k < delta.length; k++) {
                    shift += design[i][k] * delta[k];
                }
                score[i] = centre[i] - shift + noise[i] * random.nextGaussian();
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
            for (int r = 0; r < n; r++) {
                ranks[order[r]][d] = r + 1;
            }
        }
        int[] point = pointRanks(centre);
        List<Band> bands = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] mine = ranks[i];
            Arrays.sort(mine);
            int best = mine[(int) Math.floor((1 - level) / 2 * (draws - 1))];
            int worst = mine[(int) Math.ceil((1 + level) / 2 * (draws - 1))];
            bands.add(new Band(point[i], Math.min(best, point[i]), Math.max(worst, point[i])));
        }
        return bands;
    }

    /** Ranks by the centre, ties in the order given. */
    private static int[] pointRanks(double[] centre) {
        Integer[] order = IntStream.range(0, centre.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> centre[i]));
        int[] rank = new int[centre.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r + 1;
        }
        return rank;
    }

    /**
     * L with L Lᵀ = Σ, factorised on the correlation scale so that coefficients of very different sizes do not
     * trip the positivity threshold; all zeros when Σ is zero (a perfect fit has no coefficient error).
     */
    private static double[][] choleskyOf(double[][] covariance) {
        int p = covariance.length;
        double[] sd = new double[p];
        for (int k = 0; k < p; k++) {
            sd[k] = Math.sqrt(Math.max(0, covariance[k][k]));
        }
        double[][] factor = new double[p][p];
        int[] free = IntStream.range(0, p).filter(k -> sd[k] > 0).toArray();
        if (free.length == 0) {
            return factor;
        }
        double[][] correlation = new double[free.length][free.length];
        for (int a = 0; a < free.length; a++) {
            for (int b = 0; b < free.length; b++) {
                int i = free[a];
                int j = free[b];
                correlation[a][b] = (covariance[i][j] + covariance[j][i]) / 2 / (sd[i] * sd[j]);
            }
        }
        RealMatrix lower = new CholeskyDecomposition(new Array2DRowRealMatrix(correlation, false)).getL();
        for (int a = 0; a < free.length; a++) {
            for (int b = 0; b < free.length; b++) {
                factor[free[a]][free[b]] = sd[free[a]] * lower.getEntry(a, b);
            }
        }
        return factor;
    }

    private static double[] multiply(double[][] matrix, double[] vector) {
        double[] result = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int k = 0; k < vector.length; k++) {
                result[i] += matrix[i][k] * vector[k];
            }
        }
        return result;
    }
}
