package dk.raaderum.benchmark;

import java.util.List;
import java.util.Map;

/**
 * The benchmark of one share for one period: the model and, per municipality, actual against expected.
 *
 * @param costBasis how a person's difference was turned into kroner (register costs or rate table)
 */
public record BenchmarkResult(String indicator, String period, List<Condition> conditions, Regression model,
        double costPerPersonYear, String costBasis, List<Row> municipalities) {

    /**
     * One municipality. {@code expected}, {@code lower} and {@code upper} come from a model fitted without it
     * (leave-one-out, 90 % prediction interval). Rank 1 is the most below its expected level; the band is the
     * best and worst rank the intervals allow. {@code cluster} groups municipalities with similar conditions
     * (k-means on the same weighted, standardized conditions as the peers).
     */
    public record Row(int municipality, String name, Double actual, Double expected, Double lower, Double upper,
            Double differencePoints, Double differencePersons, Double differenceDkk, Integer rank, Integer rankBest,
            Integer rankWorst, List<Integer> peers, int cluster, Map<String, Double> conditions,
            List<String> explanation) {
    }
}
