package dk.raaderum.benchmark;

import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.Period;

/** Runs the fair benchmark for a share (an indicator in per cent) and a period. */
public interface Benchmark {

    int DEFAULT_PEERS = 8;

    BenchmarkResult run(Indicator share, Period period, int peers);

    /**
     * The municipality's {@value #DEFAULT_PEERS} comparable municipalities for the share in the period, nearest first;
     * empty when there is no model (too few municipalities with values). The one place pages and reports get peers.
     */
    default java.util.List<Integer> peers(int municipality, Indicator share, Period period) {
        try {
            return run(share, period, DEFAULT_PEERS).municipalities().stream()
                    .filter(r -> r.municipality() == municipality).findFirst()
                    .map(BenchmarkResult.Row::peers).orElse(java.util.List.of());
        } catch (IllegalArgumentException noModel) {
            return java.util.List.of();
        }
    }
}
