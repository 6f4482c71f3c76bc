package dk.raaderum.benchmark;

import java.util.List;
import java.util.Map;

import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.statistics.Regression;

/**
 * The benchmark of one share for one period: the model, how well it fits, and per municipality actual against
 * expected.
 *
 * @param direction which way the share is good; ranks follow it (a neutral share ranks by the raw difference)
 * @param costPerPersonYear kroner a year per full-time person, null when the share has no cost basis
 * @param costBasis how a person's difference was turned into kroner (register costs or rate table)
 */
public record BenchmarkResult(String indicator, String period, GoodDirection direction, List<Condition> conditions,
        Regression model, Fit fit, Double costPerPersonYear, String costBasis, List<Row> municipalities) {

    /**
     * How well the conditions explain the share: R², adjusted R², and Q² = 1 − PRESS / SS, the share of the
     * variation predicted for municipalities the model has not seen (leave-one-out); and each condition's
     * variance inflation factor.
     */
    public record Fit(double r2, double r2Adjusted, double q2, Map<String, Double> varianceInflation) {
    }

    /**
     * One municipality. {@code expected}, {@code lower} and {@code upper} come from a model fitted without it
     * (leave-one-out, 90 % prediction interval). Rank 1 is the municipality furthest on the good side of its
     * expected level (for a neutral share: furthest below); the band holds the ranks between the 5th and the
     * 95th percentile when the model's coefficients and the random variation of each municipality's own share
     * are drawn again. {@code cluster} groups municipalities with similar conditions.
     */
    public record Row(int municipality, String name, Double actual, Double expected, Double lower, Double upper,
            Double differencePoints, Double differencePersons, Double differenceDkk, Integer rank, Integer rankBest,
            Integer rankWorst, List<Integer> peers, int cluster, Map<String, Double> conditions,
            List<String> explanation) {
    }
}
