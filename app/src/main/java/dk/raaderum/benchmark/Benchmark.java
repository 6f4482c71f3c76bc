package dk.raaderum.benchmark;

import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.Period;

/** Runs the fair benchmark for a share (an indicator in per cent) and a period. */
public interface Benchmark {

    int DEFAULT_PEERS = 8;

    BenchmarkResult run(Indicator share, Period period, int peers);
}
