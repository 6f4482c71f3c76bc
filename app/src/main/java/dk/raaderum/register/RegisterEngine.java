package dk.raaderum.register;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.internal.RegisterAggregation;
import dk.raaderum.register.internal.RegisterBenchmark;
import dk.raaderum.register.internal.SyntheticRegister;

/**
 * The register commands ({@code register aggregate}, {@code register generate}). Plain Java: the
 * command line uses it without starting Spring, so a run starts fast.
 */
public final class RegisterEngine {

    public RegisterOutcome aggregate(AggregateRequest request, Progress progress) {
        return new RegisterAggregation().aggregate(request, progress);
    }

    /** Monthly figures per municipality and benefit group, for storing as indicators. */
    public FiguresOutcome figures(Path input, Progress progress) {
        return new RegisterAggregation().figures(input, progress);
    }

    /** Every kept person-week of the register, person by person, without the person ids (see {@link PersonWeeks}). */
    public WeeksOutcome keptWeeks(Path input, PersonWeeks sink, Progress progress) {
        return new RegisterAggregation().keptWeeks(input, sink, progress);
    }

    /** Writes a synthetic national register; returns an error message, or null when it was written. */
    public String generate(GenerateRequest request, Progress progress) {
        if (request.persons() < 1) {
            return "--persons skal være mindst 1";
        }
        if (request.to().compareTo(request.from()) < 0) {
            return "--to ligger før --from";
        }
        try {
            new SyntheticRegister().generate(request, progress);
            return null;
        } catch (IOException | SQLException e) {
            return "Kunne ikke skrive " + request.output() + ": " + e.getMessage();
        }
    }

    /** Times the plain DuckDB queries against the full aggregate; see {@link RegisterBenchmark}. */
    public BenchResult bench(Path parquet, int runs) throws IOException, SQLException {
        RegisterBenchmark.Result r = new RegisterBenchmark().run(parquet, runs);
        return new BenchResult(r.plainDirectSeconds(), r.plainGroupedSeconds(), r.fullSeconds(), r.streamSeconds(),
                r.javaSeconds(), r.personWeeks(), r.peakBytes());
    }

    /** Seconds per run of each timed task, the person-weeks replayed and the process's peak memory. */
    public record BenchResult(List<Double> plainDirectSeconds, List<Double> plainGroupedSeconds,
            List<Double> fullSeconds, List<Double> streamSeconds, List<Double> javaSeconds, long personWeeks,
            long peakBytes) {

        /** The faster of the two plain queries. */
        public double plainMedian() {
            return Math.min(median(plainDirectSeconds), median(plainGroupedSeconds));
        }

        public static double median(List<Double> values) {
            return RegisterBenchmark.Result.median(values);
        }
    }
}
