package dk.raaderum.benchmark;

import java.util.Optional;

import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.Period;

/** Runs the fair benchmark for a share (an indicator in per cent) and a period. */
public interface Benchmark {

    int DEFAULT_PEERS = 8;

    /** The benchmark, or why there is none. */
    BenchmarkOutcome attempt(Indicator share, Period period, int peers);

    /**
     * The benchmark.
     *
     * @throws IllegalArgumentException when there is none (not a share, or too few municipalities with a value)
     */
    default BenchmarkResult run(Indicator share, Period period, int peers) {
        BenchmarkOutcome outcome = attempt(share, period, peers);
        if (outcome instanceof BenchmarkOutcome.Fitted fitted) {
            return fitted.result();
        }
        throw new IllegalArgumentException(((BenchmarkOutcome.NotPossible) outcome).reason());
    }

    /**
     * The newest period (of the type the share's newest data has, usually a month) in which enough municipalities
     * have a value for the model; empty when there is none.
     */
    Optional<Period> latestPeriod(Indicator share);

    /**
     * The municipality's {@value #DEFAULT_PEERS} comparable municipalities for the share in the period, nearest first;
     * empty when there is no model (too few municipalities with values). The one place pages and reports get peers.
     */
    default java.util.List<Integer> peers(int municipality, Indicator share, Period period) {
        if (!(attempt(share, period, DEFAULT_PEERS) instanceof BenchmarkOutcome.Fitted fitted)) {
            return java.util.List.of();
        }
        return fitted.result().municipalities().stream().filter(r -> r.municipality() == municipality).findFirst()
                .map(BenchmarkResult.Row::peers).orElse(java.util.List.of());
    }
}
