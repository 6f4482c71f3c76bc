package dk.raaderum.benchmark;

/** A benchmark, or in Danish why there is none for this share and period (for example too few municipalities). */
public sealed interface BenchmarkOutcome {

    record Fitted(BenchmarkResult result) implements BenchmarkOutcome {
    }

    record NotPossible(String reason) implements BenchmarkOutcome {
    }
}
