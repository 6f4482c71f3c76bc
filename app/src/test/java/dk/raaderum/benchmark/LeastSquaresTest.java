package dk.raaderum.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void known_coefficients_are_recovered_from_data_generated_with_them() {
        double[] truth = {2.0, 0.5, -1.2, 3.0};
        SplittableRandom random = new SplittableRandom(42);
        int n = 2000;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                x[i][k] = random.nextDouble(-5, 5);
            }
            y[i] = truth[0] + truth[1] * x[i][0] + truth[2] * x[i][1] + truth[3] * x[i][2] + 0.1 * random.nextGaussian();
        }
        Regression fit = LeastSquares.fit(x, y, List.of("a", "b", "c"));
        for (int k = 0; k < truth.length; k++) {
            assertThat(fit.coefficients()[k]).as("coefficient %d", k)
                    .isCloseTo(truth[k], within(4 * fit.standardErrors()[k]));
            assertThat(fit.standardErrors()[k]).isLessThan(0.01);
        }
        assertThat(fit.rSquared()).isGreaterThan(0.999);
    }

    @Test
    void the_qr_solver_and_the_normal_equations_agree() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[98][5];
        double[] y = new double[98];
        for (int i = 0; i < 98; i++) {
            for (int k = 0; k < 5; k++) {
                x[i][k] = random.nextDouble(0, 100);
            }
            y[i] = random.nextDouble(1, 6);
        }
        double[] qr = LeastSquares.fit(x, y, List.of("a", "b", "c", "d", "e")).coefficients();
        double[] normal = LeastSquares.fitByNormalEquations(x, y);
        for (int k = 0; k < qr.length; k++) {
            assertThat(qr[k]).isCloseTo(normal[k], within(1e-9 * Math.max(1, Math.abs(normal[k]))));
        }
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
        double half = 2.919986 * Math.sqrt(0.0315 * 2.5);
        assertThat(fifth.expected()).isCloseTo(4.95, within(1e-9));
        assertThat(fifth.lower()).isCloseTo(4.95 - half, within(1e-5));
        assertThat(fifth.upper()).isCloseTo(4.95 + half, within(1e-5));
    }
}
