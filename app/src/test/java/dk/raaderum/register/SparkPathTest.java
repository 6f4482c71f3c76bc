package dk.raaderum.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.platform.Progress;

/**
 * The Spark job (module {@code spark/}, built before this one) gives the DuckDB path's aggregate value for
 * value. It runs as a cluster would get it: the shaded job jar's main class in its own JVM, with Spark's jars
 * on the class path, in local mode with two cores ({@code --master local[2]}). All registers go through one
 * job run each, so Spark starts only a few times.
 */
class SparkPathTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @TempDir
    Path folder;

    private final RegisterEngine engine = new RegisterEngine();

    private void sparkAggregate(Path input, Path output) throws IOException, InterruptedException {
        Path jar = ROOT.resolve("spark/target/raaderum-spark.jar");
        Path classPath = ROOT.resolve("spark/target/spark-classpath.txt");
        assertThat(jar).as("the spark module is built before the app").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "-cp", jar + java.io.File.pathSeparator + Files.readString(classPath).trim(),
                "dk.raaderum.spark.SparkRegisterJob", "--master", "local[2]", "--partitions", "4",
                "--input", input.toString(), "--output", output.toString()));
        Path log = folder.resolve(output.getFileName() + ".log");
        Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(job.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(job.exitValue()).as(Files.readString(log)).isZero();
    }

    private Path duckDbAggregate(Path input) {
        Path output = folder.resolve("duckdb-" + input.getFileName() + ".csv");
        assertThat(engine.aggregate(new AggregateRequest(input, null, null, output, null), Progress.SILENT))
                .isInstanceOf(RegisterOutcome.Aggregated.class);
        return output;
    }

    private static void assertSameValues(Path expected, Path actual) throws IOException {
        List<String> e = Files.readAllLines(expected);
        List<String> a = Files.readAllLines(actual);
        assertThat(a).hasSameSizeAs(e);
        assertThat(a.get(0)).isEqualTo(e.get(0));
        for (int i = 1; i < e.size(); i++) {
            String[] x = e.get(i).split(";");
            String[] y = a.get(i).split(";");
            assertThat(y[0] + ";" + y[1] + ";" + y[2]).isEqualTo(x[0] + ";" + x[1] + ";" + x[2]);
            for (int c = 3; c < x.length; c++) {
                assertThat(Double.parseDouble(y[c])).as("%s column %d", e.get(i), c)
                        .isCloseTo(Double.parseDouble(x[c]), within(1e-9));
            }
        }
    }

    @Test
    void the_spark_job_gives_the_duckdb_aggregate_on_the_worked_example_generated_registers_and_collisions()
            throws Exception {
        List<String> example = new ArrayList<>(List.of("person_id;week;municipality;benefit;amount"));
        IsoWeek start = IsoWeek.parse("2024-W01");
        for (int i = 0; i < 30; i++) {
            example.add("p1;" + start.plus(i) + ";575;KTH-A;");
        }
        example.add("p1;2025-W31;575;KTH-A;");
        // collisions: same week, other benefits, municipalities and amounts, in both orders
        example.addAll(List.of("p2;2024-W10;751;KTH-A;500", "p2;2024-W10;101;SDP;", "p2;2024-W11;101;OTH;",
                "p2;2024-W11;751;OTH;3", "p3;2020-W53;575;ADP;", "p3;2020-W53;575;ADP;10", "p3;2021-W01;147;ADP;"));
        Path collisions = folder.resolve("example.csv");
        Files.write(collisions, example, StandardCharsets.UTF_8);

        Path generated = folder.resolve("generated.parquet");
        assertThat(engine.generate(new GenerateRequest(3000, IsoWeek.parse("2020-W30"), IsoWeek.parse("2022-W20"), 9,
                generated), Progress.SILENT)).isNull();
        Path generatedCsv = folder.resolve("generated.csv");
        assertThat(engine.generate(new GenerateRequest(1500, IsoWeek.parse("2023-W01"), IsoWeek.parse("2024-W52"), 4,
                generatedCsv), Progress.SILENT)).isNull();

        for (Path input : List.of(collisions, generated, generatedCsv)) {
            Path spark = folder.resolve("spark-" + input.getFileName() + ".csv");
            sparkAggregate(input, spark);
            assertSameValues(duckDbAggregate(input), spark);
        }
    }
}
