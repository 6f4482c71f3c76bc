package dk.raaderum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.platform.Progress;

/** Numbers in import files are read in the file's own style, strictly, and must be plausible for the unit. */
@RaaderumIntegrationTest
class StrictImportTest {

    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    private String refused(String csv, String unit) throws IOException {
        Path file = Files.writeString(folder.resolve("dst.csv"), csv, StandardCharsets.UTF_8);
        ImportOutcome outcome = imports.statisticsDenmark(file, new Imports.DstTarget("dst_strict_" + unit.toLowerCase(),
                "Streng test", unit), Map.of(), "test", Progress.SILENT);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        return ((ImportOutcome.Rejected) outcome).message();
    }

    @Test
    void a_danish_file_with_a_point_decimal_is_refused_naming_line_and_field_instead_of_read_as_fifteen() throws IOException {
        assertThat(refused("OMRÅDE;TID;INDHOLD\nVejen;2024;1,5\nAarhus;2024;1.5\n", "PROCENT"))
                .contains("linje 3").contains("felt 'INDHOLD'").contains("'1.5'").contains("1.234,5");
    }

    @Test
    void suffixes_hexadecimal_and_exponents_are_refused() throws IOException {
        assertThat(refused("OMRÅDE;TID;INDHOLD\nVejen;2024;12d\n", "ANTAL")).contains("'12d'");
        assertThat(refused("OMRÅDE;TID;INDHOLD\nVejen;2024;0x1p3\n", "ANTAL")).contains("'0x1p3'");
        assertThat(refused("OMRÅDE;TID;INDHOLD\nVejen;2024;1e300\n", "ANTAL")).contains("'1e300'");
    }

    @Test
    void implausible_values_for_the_unit_are_refused() throws IOException {
        assertThat(refused("OMRÅDE;TID;INDHOLD\nVejen;2024;-3\n", "ANTAL")).contains("negativ");
        assertThat(refused("OMRÅDE;TID;INDHOLD\nVejen;2024;100,1\n", "PROCENT")).contains("over 100");
        assertThat(refused("OMRÅDE;TID;INDHOLD\nVejen;2024;12.000.000\n", "ANTAL")).contains("befolkning");
    }

    @Test
    void a_negative_count_or_an_absurd_number_in_a_jobindsats_answer_is_refused() throws IOException {
        for (String cell : new String[] {"-656", "1e300"}) {
            Path file = Files.writeString(folder.resolve("svar.json"), """
                    [{"Variables":["Område","Periode","Antal fuldtidspersoner"],
                      "Data":[["Albertslund Kommune","2019M01",%s]]}]""".formatted(cell), StandardCharsets.UTF_8);
            ImportOutcome outcome = imports.jobindsatsApi(file, Map.of("Antal fuldtidspersoner", "ledige_fuldtid"),
                    Map.of(), "test", Progress.SILENT);
            assertThat(outcome).as(cell).isInstanceOf(ImportOutcome.Rejected.class);
            assertThat(((ImportOutcome.Rejected) outcome).message()).contains("linje 2");
        }
    }

    /**
     * A 50 MB export is streamed: the import of the rows it keeps runs in a child JVM held to a 256 MB heap
     * (reading the file into memory, as before, needed gigabytes).
     */
    @Test
    void a_fifty_megabyte_statistics_denmark_export_imports_within_a_small_heap() throws Exception {
        Path big = folder.resolve("stor.csv");
        List<String> municipalities = jdbc.sql("select name from municipality order by code").query(String.class).list();
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("OMRÅDE;KØN;ALDER;TID;INDHOLD\n");
            long written = 0;
            int year = 1900;
            while (written < 50_000_000) {
                for (String m : municipalities) {
                    for (int age = 0; age < 100; age++) {
                        String line = m + ";" + (age % 2 == 0 ? "Mænd" : "Kvinder") + ";" + age + " år;" + year + ";"
                                + (age + 10) + "\n";
                        out.write(line);
                        written += line.length();
                    }
                    String total = m + ";I alt;I alt;" + year + ";4.321\n";
                    out.write(total);
                    written += total.length();
                }
                year++;
            }
        }
        assertThat(Files.size(big)).isGreaterThan(50_000_000);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Draaderum.home=" + folder.resolve("home"), "-Draaderum.demo-register.persons=0",
                "-cp", System.getProperty("java.class.path"), "dk.raaderum.cli.RaaderumCli", "import", "dst",
                big.toString(), "--indicator", "dst_stor", "--name", "Stor test", "--unit", "ANTAL",
                "--where", "KØN=I alt", "--where", "ALDER=I alt"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("Indlæst").doesNotContain("OutOfMemoryError");
    }
}
