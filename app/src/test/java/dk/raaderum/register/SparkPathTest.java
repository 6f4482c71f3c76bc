package dk.raaderum.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.engine.GroupFigures;
import dk.raaderum.engine.GroupFiguresFile;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;
import dk.raaderum.platform.Progress;

/**
 * The Spark job (module {@code spark/}, built before this one) gives the DuckDB path's aggregate and group figures
 * value for value, and its figures file, imported, stores the same {@code reg_} indicators as {@code import
 * register} of the same register. The job runs as on a cluster: the shaded job jar submitted through Spark's own
 * {@code org.apache.spark.deploy.SparkSubmit} (what {@code spark-submit} and {@code ./raaderum spark-submit} run),
 * in its own JVM with Spark's jars on the class path, {@code --master local[2]}. Each register goes through one
 * job run, which writes both the aggregate and the figures, so Spark starts only a few times.
 */
@RaaderumIntegrationTest
class SparkPathTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    private final RegisterEngine engine = new RegisterEngine();

    /** Submits the job jar as {@code spark-submit --master local[2] --class … raaderum-spark.jar …} would. */
    private void sparkSubmit(Path input, Path output, Path figures) throws IOException, InterruptedException {
        Path jar = ROOT.resolve("spark/target/raaderum-spark.jar");
        Path classPath = ROOT.resolve("spark/target/spark-classpath.txt");
        assertThat(jar).as("the spark module is built before the app").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "-Dlog4j2.configurationFile=" + ROOT.resolve("spark/src/main/resources/log4j2.properties"),
                "-cp", Files.readString(classPath).trim(), "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--class", "dk.raaderum.spark.SparkRegisterJob", jar.toString(),
                "--partitions", "4", "--input", input.toString(), "--output", output.toString(),
                "--figures", figures.toString()));
        Path log = folder.resolve(output.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPARK_HOME");
        Process job = builder.start();
        assertThat(job.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(job.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("(Spark 4.0.1)");
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

    /**
     * 1e-9, or for large sums 1e-12 of the value: Spark adds the partitions' kroner in another order than the DuckDB
     * path's two threads, and a sum of 700,000 kr. from thousands of person-weeks then differs in its 15th digit.
     */
    private static double tolerance(double expected) {
        return Math.max(1e-9, 1e-12 * Math.abs(expected));
    }

    /** Every number of a GroupFigures, in the order of the file's columns. */
    private static double[] numbers(GroupFigures f) {
        return new double[] {f.fullTimePersons(), f.persons(), f.inflow(), f.outflow(), f.grossDkk(), f.municipalDkk(),
            f.stateDkk(), f.municipalByTier()[1], f.municipalByTier()[2], f.municipalByTier()[3], f.municipalByTier()[4],
            f.tierWeeks()[1], f.tierWeeks()[2], f.tierWeeks()[3], f.tierWeeks()[4], f.tier4FullTime(), f.followedUp(),
            f.selfSupporting()};
    }

    private static Map<String, double[]> byCell(List<GroupFigures> figures) {
        Map<String, double[]> cells = new LinkedHashMap<>();
        figures.forEach(f -> assertThat(cells.put(f.municipality() + ";" + f.month() + ";" + f.group(), numbers(f)))
                .as("one row per cell").isNull());
        return cells;
    }

    /** The Spark job's figures file holds the DuckDB path's group figures of the same register, cell for cell. */
    private void assertSameFigures(Path input, Path sparkFigures) throws IOException {
        FiguresOutcome.Figures duckDb = (FiguresOutcome.Figures) engine.figures(input, Progress.SILENT);
        GroupFiguresFile.Content spark = GroupFiguresFile.read(sparkFigures, RulesTable.defaults());
        assertThat(spark.firstWeek()).isEqualTo(duckDb.firstWeek());
        assertThat(spark.lastWeek()).isEqualTo(duckDb.lastWeek());
        Map<String, double[]> expected = byCell(duckDb.figures());
        Map<String, double[]> actual = byCell(spark.figures());
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((cell, x) -> {
            double[] y = actual.get(cell);
            for (int i = 0; i < x.length; i++) {
                assertThat(y[i]).as("%s, column %s", cell, GroupFiguresFile.HEADER.get(3 + i))
                        .isCloseTo(x[i], within(tolerance(x[i])));
            }
        });
        assertThat(expected).as("the register has figures").isNotEmpty();
    }

    /** Every stored register value (months, and the quarters and years rolled up from them); null when suppressed. */
    private Map<String, Double> storedRegisterValues() {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql("""
                select indicator_id, area_level, area_code, period_type, period_start, value from indicator_value
                where indicator_id like 'reg\\_%'""")
                .query(rs -> {
                    double value = rs.getDouble(6);
                    Double stored = rs.wasNull() ? null : value;
                    values.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4) + " "
                            + rs.getString(5), stored);
                });
        return values;
    }

    @Test
    void the_spark_job_gives_the_duckdb_aggregate_and_figures_on_the_worked_example_generated_registers_and_collisions()
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

        Map<Path, Path> figuresOf = new HashMap<>();
        for (Path input : List.of(collisions, generated, generatedCsv)) {
            Path spark = folder.resolve("spark-" + input.getFileName() + ".csv");
            Path figures = folder.resolve("spark-figures-" + input.getFileName() + ".csv");
            sparkSubmit(input, spark, figures);
            assertSameValues(duckDbAggregate(input), spark);
            assertSameFigures(input, figures);
            figuresOf.put(input, figures);
        }

        // the generated register spans 95 weeks, so months past the 52-week burn-in have costs by refusion tier
        assertThat(imports.register(generated, 2.5, "Testregister", "test", Progress.SILENT))
                .isInstanceOf(ImportOutcome.Imported.class);
        Map<String, Double> fromRegister = storedRegisterValues();
        assertThat(imports.registerFigures(figuresOf.get(generated), 2.5, "Testregister", "test", Progress.SILENT))
                .isInstanceOf(ImportOutcome.Imported.class);
        Map<String, Double> fromSpark = storedRegisterValues();

        assertThat(fromSpark.keySet()).isEqualTo(fromRegister.keySet());
        assertThat(fromRegister.keySet()).anyMatch(k -> k.startsWith("reg_alle_ydelser_kommune_trin4 "));
        assertThat(fromRegister.values()).contains((Double) null).anyMatch(v -> v != null && v > 0);
        fromRegister.forEach((key, value) -> {
            if (value == null) {
                assertThat(fromSpark.get(key)).as(key + " is suppressed").isNull();
            } else {
                assertThat(fromSpark.get(key)).as(key).isCloseTo(value, within(tolerance(value)));
            }
        });
    }
}
