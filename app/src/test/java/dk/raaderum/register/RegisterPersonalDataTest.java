package dk.raaderum.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.platform.Progress;
import dk.raaderum.CprShaped;

/**
 * Personal data never gets in or out: every CPR spelling of issue 14 is refused without being echoed, and a
 * run killed outright leaves no per-person file behind once the next run has started.
 */
class RegisterPersonalDataTest {

    // CPR-shaped values are built at run time, so that no CPR-shaped literal sits in the source
    private static final String DATE = CprShaped.date(1, 1, 90);
    private static final String SERIAL = String.valueOf(1234);

    @TempDir
    Path folder;

    private final RegisterEngine engine = new RegisterEngine();

    private static String fullwidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('\uFF10' + (c - '0'))));
        return out.toString();
    }

    @Test
    void every_cpr_spelling_is_refused_in_csv_and_parquet_and_the_message_shows_no_digit_of_it() throws Exception {
        List<String> spellings = List.of(DATE + " " + SERIAL, DATE + "/" + SERIAL, " " + DATE + "-" + SERIAL + " ",
                DATE + "." + SERIAL, "CPR" + DATE + SERIAL, fullwidth(DATE + SERIAL), DATE + "\t" + SERIAL,
                "borger " + DATE + "-" + SERIAL);
        for (String cpr : spellings) {
            Path csv = folder.resolve("cpr.csv");
            Files.write(csv, List.of("person_id;week;municipality;benefit", "p1;2024-W01;575;SDP",
                    "\"" + cpr + "\";2024-W01;575;SDP"), StandardCharsets.UTF_8);
            Path parquet = folder.resolve("cpr.parquet");
            Files.deleteIfExists(parquet);
            try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
                s.execute("copy (select * from read_csv('" + csv + "', delim = ';', header = true, quote = '\"', "
                        + "all_varchar = true)) to '" + parquet + "' (format parquet)");
            }
            for (Path input : List.of(csv, parquet)) {
                RegisterOutcome outcome = engine.aggregate(new AggregateRequest(input, null, null,
                        folder.resolve("out.csv"), folder.resolve("detail.csv")), Progress.SILENT);
                assertThat(outcome).as("%s in %s", cpr, input.getFileName()).isInstanceOf(RegisterOutcome.Rejected.class);
                String message = ((RegisterOutcome.Rejected) outcome).message();
                assertThat(message).as(cpr).contains("person_id").contains("CPR").contains("Pseudonymisér")
                        .contains(input.getFileName().toString()).doesNotContain(DATE).doesNotContain(SERIAL)
                        .doesNotContain(fullwidth(DATE));
                assertThat(folder.resolve("out.csv")).doesNotExist();
                assertThat(folder.resolve("detail.csv")).doesNotExist();
            }
        }
    }

    @Test
    void a_run_killed_with_sigkill_leaves_no_partial_file_once_the_next_run_has_started() throws Exception {
        Path register = folder.resolve("register.csv");
        assertThat(engine.generate(new GenerateRequest(40_000, IsoWeek.parse("2021-W01"), IsoWeek.parse("2025-W52"), 1,
                register), Progress.SILENT)).isNull();
        Path out = folder.resolve("out.csv");
        Path detail = folder.resolve("detail.csv");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dk.raaderum.cli.RaaderumCli", "register", "aggregate", "--input", register.toString(),
                "--output", out.toString(), "--detail", detail.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
        try {
            Path partial = waitForGrowingPartial(child);
            // the temporary file holds per-person rows: only its owner may read it
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(partial))).isEqualTo("rw-------");
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(partials()).as("left by the killed run").isNotEmpty();

        RegisterOutcome next = engine.aggregate(new AggregateRequest(folder.resolve("missing.csv"), null, null,
                folder.resolve("other.csv"), null), Progress.SILENT);
        assertThat(next).isInstanceOf(RegisterOutcome.Rejected.class);
        assertThat(partials()).as("removed by the next run, even one that fails").isEmpty();
        Path small = folder.resolve("small.csv");
        Files.write(small, List.of("person_id;week;municipality;benefit", "p1;2024-W01;575;SDP"));
        assertThat(engine.aggregate(new AggregateRequest(small, null, null, out, null), Progress.SILENT))
                .isInstanceOf(RegisterOutcome.Aggregated.class);
        assertThat(partials()).isEmpty();
        assertThat(detail).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }

    private Path waitForGrowingPartial(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            for (Path p : partials()) {
                if (p.getFileName().toString().startsWith(".detail.csv") && Files.size(p) > 1000) {
                    return p;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the child wrote no detail file: " + Files.readString(folder.resolve("child.log")));
    }

    private List<Path> partials() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList());
        }
    }
}
