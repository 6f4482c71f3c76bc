package dk.raaderum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void every_command_explains_itself_with_help_without_starting_the_application() {
        for (String[] args : new String[][] {{"--help"}, {"serve", "--help"}, {"import", "--help"},
            {"import", "dst", "--help"}, {"import", "jobindsats", "--help"}, {"import", "jobindsats-extract", "--help"},
            {"import", "register", "--help"}, {"import", "register-figures", "--help"}}) {
            StringWriter out = new StringWriter();
            int status = new CommandLine(new RaaderumCli()).setOut(new PrintWriter(out)).execute(args);
            assertThat(status).as(String.join(" ", args)).isZero();
            assertThat(out.toString()).as(String.join(" ", args)).contains("Usage:");
        }
    }

    @Test
    void both_register_imports_take_a_file_a_weight_and_a_source() {
        for (String command : new String[] {"register", "register-figures"}) {
            StringWriter out = new StringWriter();
            new CommandLine(new RaaderumCli()).setOut(new PrintWriter(out)).execute("import", command, "--help");
            assertThat(out.toString()).as(command).contains("FIL").contains("--weight").contains("--source")
                    .contains("reg_<gruppe>_<mål>");
        }
    }

    @Test
    void a_missing_required_option_is_a_usage_error_with_a_non_zero_status() {
        StringWriter err = new StringWriter();
        int status = new CommandLine(new RaaderumCli()).setErr(new PrintWriter(err)).execute("import", "dst", "fil.csv");
        assertThat(status).isNotZero();
        assertThat(err.toString()).contains("--indicator");
    }

    @Test
    void a_broken_import_file_exits_non_zero_with_the_line_named() throws IOException {
        Path file = folder.resolve("brudt.csv");
        Files.writeString(file, "OMRÅDE;TID;INDHOLD\nVejen;2019K1;12\nVejen;2019K9;13\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        String home = System.getProperty("raaderum.home");
        System.setProperty("raaderum.home", folder.resolve("home").toString());
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int status = new CommandLine(new RaaderumCli()).execute("import", "dst", file.toString(),
                    "--indicator", "cli_test", "--name", "CLI-test", "--unit", "ANTAL");
            assertThat(status).isEqualTo(1);
        } finally {
            System.setErr(original);
            if (home == null) {
                System.clearProperty("raaderum.home");
            } else {
                System.setProperty("raaderum.home", home);
            }
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("brudt.csv").contains("linje 3")
                .contains("TID").contains("intet er ændret").doesNotContain("Exception");
    }

    @Test
    void the_report_command_refuses_a_period_that_is_not_a_quarter_and_writes_nothing() {
        Path output = folder.resolve("vejen.pdf");
        StringWriter err = new StringWriter();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int month = new CommandLine(new RaaderumCli()).setErr(new PrintWriter(err)).execute("report",
                    "--municipality", "575", "--period", "2026-05", "--output", output.toString());
            int neither = new CommandLine(new RaaderumCli()).execute("report", "--period", "2026-Q2");
            assertThat(month).isEqualTo(2);
            assertThat(neither).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("kvartal som 2026-Q2", "--municipality KODE eller --all");
        assertThat(output).doesNotExist();
    }

    @Test
    void the_report_command_on_a_fresh_home_loads_the_shipped_data_first_and_reports_real_figures() throws IOException {
        Path output = folder.resolve("rapport.pdf");
        String home = System.getProperty("raaderum.home");
        System.setProperty("raaderum.home", folder.resolve("home").toString());
        System.setProperty("raaderum.demo-register.persons", "0");
        try {
            int status = new CommandLine(new RaaderumCli()).execute("report", "--municipality", "575", "--period",
                    "2026-Q2", "--format", "pdf", "--output", output.toString());
            assertThat(status).isZero();
        } finally {
            System.clearProperty("raaderum.demo-register.persons");
            if (home == null) {
                System.clearProperty("raaderum.home");
            } else {
                System.setProperty("raaderum.home", home);
            }
        }
        try (var pdf = Loader.loadPDF(output.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Vejen Kommune", "Ledige: " + vejenUnemployedSecondQuarter2026() + " fuldtidspersoner");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    /**
     * Vejen's unemployed in 2nd quarter 2026 from the shipped extract, computed here without Råderum's code: the
     * months' full-time persons weighted by their days (30, 31, 30), rounded.
     */
    private static long vejenUnemployedSecondQuarter2026() throws IOException {
        double weighted = 0;
        int[] days = {30, 31, 30};
        try (var lines = Files.lines(Path.of("src/main/resources/reference/jobindsats_kommuner_long.csv"))) {
            for (String line : lines.toList()) {
                String[] f = line.split(";", -1);
                if (f[0].equals("575") && f[2].equals("y25i01") && f[4].equals("total")
                        && f[6].isEmpty() && f[5].matches("2026M0[456]")) {
                    weighted += Double.parseDouble(f[7].replace(",", ".")) * days[Integer.parseInt(f[5].substring(6)) - 4];
                }
            }
        }
        assertThat(weighted).isPositive();
        return Math.round(weighted / 91);
    }

    @Test
    void the_first_administrator_is_made_from_the_command_line_and_a_weak_password_is_refused() throws IOException {
        String home = System.getProperty("raaderum.home");
        System.setProperty("raaderum.home", folder.resolve("brugere").toString());
        java.io.InputStream in = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        try {
            System.setIn(new java.io.ByteArrayInputStream("qwertyuiop123\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(new CommandLine(new RaaderumCli()).execute("users", "add", "--username", "forste.admin",
                    "--role", "ADMINISTRATOR", "--password-stdin")).isEqualTo(1);
            System.setIn(new java.io.ByteArrayInputStream("Forste-admin-kode-26\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(new CommandLine(new RaaderumCli()).execute("users", "add", "--username", "forste.admin",
                    "--role", "ADMINISTRATOR", "--name", "Første administrator", "--password-stdin")).isZero();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(new CommandLine(new RaaderumCli()).execute("users", "list")).isZero();
        } finally {
            System.setIn(in);
            System.setOut(originalOut);
            if (home == null) {
                System.clearProperty("raaderum.home");
            } else {
                System.setProperty("raaderum.home", home);
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("forste.admin").contains("Administrator")
                .contains("netværket");
    }
}
