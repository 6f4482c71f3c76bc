package dk.raaderum.progression;

import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with its confidence interval from the t-distribution: mean ± t(n−1) · s / √n. It describes the uncertainty
 * of the mean among the citizens measured; it says nothing about cause.
 */
public record MeanInterval(int n, double mean, double lower, double upper) {

    /** Empty for fewer than two values (no spread to estimate). */
    public static Optional<MeanInterval> of(double[] values, double confidence) {
        int n = values.length;
        if (n < 2) {
            return Optional.empty();
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double half = t * sd / Math.sqrt(n);
        return Optional.of(new MeanInterval(n, mean, mean - half, mean + half));
    }
}
