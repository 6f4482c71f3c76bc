package dk.raaderum.benchmark;

/**
 * A second, independent least-squares implementation for the tests: the normal equations (XᵀX)β = Xᵀy with XᵀX
 * inverted by Gauss-Jordan elimination (partial pivoting), and leave-one-out predictions from the full fit's
 * residuals and leverages, ŷ₍₋ᵢ₎ = yᵢ − eᵢ / (1 − hᵢ). No Commons Math, no code under test.
 */
final class NormalEquations {

    final double[] coefficients;
    final double[] leaveOneOut;
    final double rSquared;

    NormalEquations(double[][] conditions, double[] y) {
        int n = y.length;
        int p = conditions[0].length + 1;
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            System.arraycopy(conditions[i], 0, x[i], 1, p - 1);
        }
        double[][] gram = new double[p][p];
        double[] xty = new double[p];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < p; a++) {
                xty[a] += x[i][a] * y[i];
                for (int b = 0; b < p; b++) {
                    gram[a][b] += x[i][a] * x[i][b];
                }
            }
        }
        double[][] inverse = invert(gram);
        coefficients = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                coefficients[a] += inverse[a][b] * xty[b];
            }
        }
        leaveOneOut = new double[n];
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double sse = 0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            double leverage = 0;
            for (int a = 0; a < p; a++) {
                fitted += coefficients[a] * x[i][a];
                for (int b = 0; b < p; b++) {
                    leverage += x[i][a] * inverse[a][b] * x[i][b];
                }
            }
            double residual = y[i] - fitted;
            leaveOneOut[i] = y[i] - residual / (1 - leverage);
            sse += residual * residual;
            ss += (y[i] - mean) * (y[i] - mean);
        }
        rSquared = 1 - sse / ss;
    }

    private static double[][] invert(double[][] matrix) {
        int p = matrix.length;
        double[][] a = new double[p][2 * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, p);
            a[i][p + i] = 1;
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double lead = a[col][col];
            for (int c = 0; c < 2 * p; c++) {
                a[col][c] /= lead;
            }
            for (int r = 0; r < p; r++) {
                if (r != col && a[r][col] != 0) {
                    double factor = a[r][col];
                    for (int c = 0; c < 2 * p; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[][] inverse = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], p, inverse[i], 0, p);
        }
        return inverse;
    }
}
