package dk.raaderum.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * Least squares against calculations worked by hand in the comments (exact fractions), never against itself.
 * The small data set: x1 = 1..6, x2 = 2 1 4 3 6 5, y = 2 3 7 6 11 12.
 */
class LeastSquaresTest {

    private static final double[][] X = {{1, 2}, {2, 1}, {3, 4}, {4, 3}, {5, 6}, {6, 5}};
    private static final double[] Y = {2, 3, 7, 6, 11, 12};
    private static final List<String> NAMES = List.of("x1", "x2");
    /** t(0,95; 2 df) from a table: the leave-one-out fits have 5 observations and 3 coefficients. */
    private static final double T_2 = 2.919986;

    @Test
    void the_coefficients_and_fit_match_the_normal_equations_solved_by_hand() {
        // XᵀX = [[6, 21, 21], [21, 91, 88], [21, 88, 91]], Xᵀy = (41, 180, 179), det(XᵀX) = 576;
        // the adjugate is [[537, -63, -63], [-63, 105, -87], [-63, -87, 105]], so
        // β = adj · Xᵀy / 576 = (-600, 744, 552) / 576 = (-25/24, 31/24, 23/24).
        // Residuals -1/6, 1/2, 1/3, -1, -1/6, 1/2: SSE = 5/3; SS = 497/6; R² = 487/497;
        // adjusted R² = 1 - (5/3 / 3) / (497/6 / 5) = 4323/4473.
        Regression fit = LeastSquares.fit(X, Y, NAMES);

        assertThat(fit.coefficients()[0]).isCloseTo(-25.0 / 24, within(1e-12));
        assertThat(fit.coefficients()[1]).isCloseTo(31.0 / 24, within(1e-12));
        assertThat(fit.coefficients()[2]).isCloseTo(23.0 / 24, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(487.0 / 497, within(1e-12));
        assertThat(fit.adjustedRSquared()).isCloseTo(4323.0 / 4473, within(1e-12));
        assertThat(fit.residualVariance()).isCloseTo(5.0 / 9, within(1e-12));
        // (XᵀX)⁻¹ = adj / 576: the intercept's variance is s² · 537/576
        assertThat(fit.standardErrors()[0]).isCloseTo(Math.sqrt(5.0 / 9 * 537 / 576), within(1e-12));
    }

    @Test
    void leave_one_out_matches_the_closed_forms_from_the_full_fit() {
        // Leverages hᵢ = xᵢᵀ(XᵀX)⁻¹xᵢ = 7/12, 7/12, 1/3, 1/3, 7/12, 7/12. Without observation i the prediction is
        // yᵢ - eᵢ/(1 - hᵢ): 12/5, 9/5, 13/2, 15/2, 57/5, 54/5. Its residual variance is
        // (SSE - eᵢ²/(1 - hᵢ)) / 2 and its leverage at xᵢ is hᵢ/(1 - hᵢ) (Sherman-Morrison), so the 90 % half-width
        // is t(0,95; 2) · √(s²₍₋ᵢ₎ / (1 - hᵢ)); for observation 4: s² = (5/3 - 3/2) / 2 = 1/12, √((1/12)/(2/3)).
        double[] expected = {12.0 / 5, 9.0 / 5, 13.0 / 2, 15.0 / 2, 57.0 / 5, 54.0 / 5};
        double[] residual = {-1.0 / 6, 1.0 / 2, 1.0 / 3, -1, -1.0 / 6, 1.0 / 2};
        double[] leverage = {7.0 / 12, 7.0 / 12, 1.0 / 3, 1.0 / 3, 7.0 / 12, 7.0 / 12};
        List<LeastSquares.Prediction> loo = LeastSquares.leaveOneOut(X, Y, NAMES, 0.90);

        for (int i = 0; i < Y.length; i++) {
            double s2 = (5.0 / 3 - residual[i] * residual[i] / (1 - leverage[i])) / 2;
            double half = T_2 * Math.sqrt(s2 / (1 - leverage[i]));
            assertThat(loo.get(i).expected()).as("expected %d", i).isCloseTo(expected[i], within(1e-9));
            assertThat(loo.get(i).upper() - loo.get(i).expected()).as("half-width %d", i).isCloseTo(half, within(1e-5));
            assertThat(loo.get(i).expected() - loo.get(i).lower()).as("half-width %d", i).isCloseTo(half, within(1e-5));
        }
        assertThat(loo.get(3).upper()).isCloseTo(7.5 + T_2 * Math.sqrt(1.0 / 8), within(1e-5));
    }

    @Test
    void q2_is_one_minus_press_over_the_total_sum_of_squares() {
        // PRESS = Σ (yᵢ - ŷ₍₋ᵢ₎)² = 0,16 + 1,44 + 0,25 + 2,25 + 0,16 + 1,44 = 5,7; SS = 497/6; Q² = 1 - 5,7 / (497/6)
        double q2 = LeastSquares.predictiveRSquared(Y, LeastSquares.leaveOneOut(X, Y, NAMES, 0.90));

        assertThat(q2).isCloseTo(1 - 5.7 * 6 / 497, within(1e-12));
    }

    @Test
    void the_variance_inflation_of_two_conditions_is_one_over_one_minus_their_squared_correlation() {
        // Sx1x1 = Sx2x2 = 17,5 and Sx1x2 = 14,5, so r = 29/35 and VIF = 1 / (1 - 841/1225) = 1225/384 for both
        double[] vif = LeastSquares.varianceInflation(X);

        assertThat(vif[0]).isCloseTo(1225.0 / 384, within(1e-9));
        assertThat(vif[1]).isCloseTo(1225.0 / 384, within(1e-9));
    }

    @Test
    void leave_one_out_drops_a_condition_that_no_longer_varies_without_the_observation() {
        // A dummy that is 1 only for the first municipality is all 0 without it and cannot be estimated. Left out,
        // the first is predicted from a simple regression on the other five: a = 2..6, y = 1,9 3,2 3,9 5,1 6,0 give
        // Sxx = 10, Sxy = 10,1, slope 1,01, intercept 4,02 - 1,01 · 4 = -0,02, so at a = 1: 0,99. Leaving out the
        // last, the dummy still varies and absorbs the first: a = 2..5 give slope 5,15/5 = 1,03, intercept
        // 3,525 - 1,03 · 3,5 = -0,08, so at a = 6: 6,1.
        double[][] x = {{1, 1}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 0}};
        double[] y = {5, 1.9, 3.2, 3.9, 5.1, 6.0};
        List<LeastSquares.Prediction> loo = LeastSquares.leaveOneOut(x, y, List.of("a", "alene"), 0.90);

        assertThat(loo.get(0).expected()).isCloseTo(0.99, within(1e-9));
        assertThat(loo.get(5).expected()).isCloseTo(6.1, within(1e-9));
    }

    @Test
    void the_leave_one_out_interval_matches_a_hand_worked_simple_regression() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}};
        double[] y = {1.1, 1.9, 3.2, 3.9, 5.1};
        LeastSquares.Prediction fifth = LeastSquares.leaveOneOut(x, y, List.of("x"), 0.90).get(4);
        // Without the fifth point: mean x 2.5, mean y 2.525, Sxx 5, Sxy 4.85, slope 0.97, intercept 0.1,
        // so the prediction at x = 5 is 0.1 + 0.97 · 5 = 4.95. Residuals 0.03, -0.14, 0.19, -0.08 give
        // RSS 0.063 and s² = 0.063 / 2 = 0.0315; the variance factor is 1 + 1/4 + (5 - 2.5)² / 5 = 2.5.
        // t(0.95; 2 df) = 2.919986, so the half-width is 2.919986 · √(0.0315 · 2.5).
        double half = T_2 * Math.sqrt(0.0315 * 2.5);
        assertThat(fifth.expected()).isCloseTo(4.95, within(1e-9));
        assertThat(fifth.lower()).isCloseTo(4.95 - half, within(1e-5));
        assertThat(fifth.upper()).isCloseTo(4.95 + half, within(1e-5));
    }

    @Test
    void on_many_observations_the_fit_agrees_with_the_normal_equations_solved_by_lu_decomposition() {
        // a second way to the same estimate: β = (XᵀX)⁻¹Xᵀy with (XᵀX)⁻¹ from an LU decomposition (LeastSquares uses
        // QR on X), s² = SSE / (n − p) and standard errors √(s² · diag (XᵀX)⁻¹); the data are drawn around known
        // coefficients, which the estimate must also come close to
        double[] truth = {2.0, 0.5, -1.2, 3.0};
        SplittableRandom random = new SplittableRandom(42);
        int n = 2000;
        double[][] x = new double[n][3];
        double[][] design = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
            for (int k = 0; k < 3; k++) {
                x[i][k] = random.nextDouble(-5, 5);
                design[i][k + 1] = x[i][k];
            }
            y[i] = truth[0] + truth[1] * x[i][0] + truth[2] * x[i][1] + truth[3] * x[i][2] + 0.1 * random.nextGaussian();
        }
        RealMatrix d = new Array2DRowRealMatrix(design);
        RealMatrix inverse = new LUDecomposition(d.transpose().multiply(d)).getSolver().getInverse();
        RealVector beta = inverse.operate(d.transpose().operate(new ArrayRealVector(y)));
        RealVector residuals = new ArrayRealVector(y).subtract(d.operate(beta));
        double s2 = residuals.dotProduct(residuals) / (n - 4);

        Regression fit = LeastSquares.fit(x, y, List.of("a", "b", "c"));

        for (int k = 0; k < truth.length; k++) {
            assertThat(fit.coefficients()[k]).as("coefficient %d", k).isCloseTo(beta.getEntry(k), within(1e-9))
                    .isCloseTo(truth[k], within(0.02));
            assertThat(fit.standardErrors()[k]).as("standard error %d", k)
                    .isCloseTo(Math.sqrt(s2 * inverse.getEntry(k, k)), within(1e-9));
        }
        assertThat(fit.residualVariance()).isCloseTo(s2, within(1e-9));
    }
}
