package dk.raaderum.statistics;

import java.util.List;

/**
 * A fitted linear model {@code y = b0 + b1 x1 + …}: coefficients (intercept first) with standard errors, R²,
 * and what a prediction interval needs: the residual variance and {@code (XᵀX)⁻¹}.
 */
public record Regression(List<String> terms, double[] coefficients, double[] standardErrors, double rSquared,
        int observations, double residualVariance, double[][] inverseGram) {

    public double predict(double[] conditions) {
        double value = coefficients[0];
        for (int k = 0; k < conditions.length; k++) {
            value += coefficients[k + 1] * conditions[k];
        }
        return value;
    }

    /** Degrees of freedom of the residuals. */
    public int residualDegrees() {
        return observations - coefficients.length;
    }

    /** R² penalised for the number of conditions: 1 − (1 − R²)(n − 1)/(n − p − 1). */
    public double adjustedRSquared() {
        return 1 - (1 - rSquared) * (observations - 1) / residualDegrees();
    }

    /** {@code x0ᵀ (XᵀX)⁻¹ x0} for a new row (with its intercept 1). */
    public double leverage(double[] conditions) {
        double[] x0 = withIntercept(conditions);
        double sum = 0;
        for (int i = 0; i < x0.length; i++) {
            for (int j = 0; j < x0.length; j++) {
                sum += x0[i] * inverseGram[i][j] * x0[j];
            }
        }
        return sum;
    }

    /** The covariance of the coefficients, s² (XᵀX)⁻¹. */
    public double[][] coefficientCovariance() {
        double[][] covariance = new double[inverseGram.length][];
        for (int i = 0; i < inverseGram.length; i++) {
            covariance[i] = new double[inverseGram.length];
            for (int j = 0; j < inverseGram.length; j++) {
                covariance[i][j] = residualVariance * inverseGram[i][j];
            }
        }
        return covariance;
    }

    static double[] withIntercept(double[] conditions) {
        double[] x0 = new double[conditions.length + 1];
        x0[0] = 1;
        System.arraycopy(conditions, 0, x0, 1, conditions.length);
        return x0;
    }
}
