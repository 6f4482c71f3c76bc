package dk.raaderum.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.platform.Progress;
import dk.raaderum.CprShaped;

/** {@code register aggregate} end to end through DuckDB, on the spec's worked example and on broken files. */
class RegisterAggregateTest {

    @TempDir
    Path folder;

    private final RegisterEngine engine = new RegisterEngine();

    private Path register(String name, List<String> lines) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private RegisterOutcome aggregate(Path input, Path rates, Path detail) {
        return engine.aggregate(new AggregateRequest(input, rates, null, folder.resolve("out.csv"), detail), Progress.SILENT);
    }

    private static List<String> weeks(String person, String from, int count, String benefit, String municipality) {
        IsoWeek start = IsoWeek.parse(from);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> person + ";" + start.plus(i) + ";" + municipality + ";" + benefit).toList();
    }

    private List<String[]> detailRows(Path detail) throws IOException {
        return Files.readAllLines(detail).stream().skip(1).map(l -> l.split(";")).toList();
    }

    @Test
    void the_worked_example_of_the_spec_restarts_the_count_after_52_weeks() throws IOException {
        Path rates = register("rates.csv", List.of("benefit;year;monthly_dkk", "KTH-A;2024;12000", "KTH-A;2025;12000"));
        List<String> rows = new java.util.ArrayList<>(List.of("person_id;week;municipality;benefit"));
        rows.addAll(weeks("p1", "2024-W01", 30, "KTH-A", "575"));
        rows.add("p1;2025-W31;575;KTH-A");
        Path detail = folder.resolve("detail.csv");

        RegisterOutcome outcome = aggregate(register("p1.csv", rows), rates, detail);

        assertThat(outcome).isInstanceOf(RegisterOutcome.Aggregated.class);
        List<String[]> details = detailRows(detail);
        assertThat(details).hasSize(31);
        assertThat(details.get(0)).containsExactly("p1", "2024-W01", "575", "KTH-A", "1", "1", "2769.230769231", "0.200000000");
        assertThat(details.get(4)[5]).isEqualTo("2");
        assertThat(details.get(26)[4]).isEqualTo("27");
        assertThat(details.get(26)[5]).isEqualTo("3");
        assertThat(details.get(30)).containsExactly("p1", "2025-W31", "575", "KTH-A", "1", "1", "2769.230769231", "0.200000000");
    }

    @Test
    void with_a_51_week_gap_the_count_goes_on_at_31_in_tier_3() throws IOException {
        List<String> rows = new java.util.ArrayList<>(List.of("person_id;week;municipality;benefit"));
        rows.addAll(weeks("p1", "2024-W01", 30, "KTH-A", "575"));
        rows.add("p1;2025-W30;575;KTH-A");
        Path detail = folder.resolve("detail.csv");
        aggregate(register("p1.csv", rows), null, detail);
        assertThat(detailRows(detail).get(30)).startsWith("p1", "2025-W30", "575", "KTH-A", "31", "3");
    }

    @Test
    void the_count_follows_a_person_who_moves_and_each_week_costs_the_municipality_of_its_row() throws IOException {
        List<String> rows = new java.util.ArrayList<>(List.of("person_id;week;municipality;benefit"));
        rows.addAll(weeks("p1", "2024-W01", 10, "KTH-A", "575"));
        rows.addAll(weeks("p1", "2024-W11", 20, "KTH-A", "751"));
        Path detail = folder.resolve("detail.csv");
        aggregate(register("move.csv", rows), null, detail);
        List<String[]> details = detailRows(detail);
        assertThat(details.get(10)).startsWith("p1", "2024-W11", "751", "KTH-A", "11", "2");
        assertThat(details.get(29)).startsWith("p1", "2024-W30", "751", "KTH-A", "30", "3");
        List<String> out = Files.readAllLines(folder.resolve("out.csv"));
        assertThat(out.stream().skip(1).filter(l -> l.startsWith("575;")).mapToDouble(l -> Double.parseDouble(l.split(";")[3])).sum())
                .isEqualTo(10.0);
        assertThat(out.stream().skip(1).filter(l -> l.startsWith("751;")).mapToDouble(l -> Double.parseDouble(l.split(";")[3])).sum())
                .isEqualTo(20.0);
    }

    @Test
    void a_same_week_collision_keeps_the_benefit_with_the_highest_priority() throws IOException {
        Path input = register("collision.csv", List.of("person_id;week;municipality;benefit;amount",
                "p1;2024-W10;101;KTH-A;500", "p1;2024-W10;101;SDP;", "p2;2024-W10;101;OTH;"));
        Path detail = folder.resolve("detail.csv");

        RegisterOutcome outcome = aggregate(input, null, detail);

        assertThat(((RegisterOutcome.Aggregated) outcome).droppedWeeks()).isEqualTo(1);
        assertThat(detailRows(detail)).extracting(r -> r[0] + " " + r[3]).containsExactly("p1 SDP", "p2 OTH");
        assertThat(detailRows(detail).get(1)).endsWith("0", "0", "0", "0");
    }

    @Test
    void the_monthly_output_has_the_columns_of_the_spec_in_order_and_sorted_rows() throws IOException {
        Path input = register("two.csv", List.of("person_id;week;municipality;benefit;amount",
                "b;2024-W05;751;ADP;1000", "a;2024-W05;101;SDP;", "a;2024-W06;101;SDP;"));
        aggregate(input, null, null);
        List<String> out = Files.readAllLines(folder.resolve("out.csv"));
        assertThat(out.get(0)).isEqualTo("municipality;month;benefit;person_weeks;full_time_persons;gross_dkk;"
                + "municipal_dkk;state_dkk;tier1_weeks;tier2_weeks;tier3_weeks;tier4_weeks");
        assertThat(out.stream().skip(1).map(l -> String.join(";", Arrays.copyOf(l.split(";"), 3))))
                .containsExactly("101;2024-01;SDP", "101;2024-02;SDP", "751;2024-01;ADP", "751;2024-02;ADP");
        // ADP in 2024-W05: 3 of 5 weekdays in January, 1000 kr a week, tier 1: 20 % municipal
        assertThat(out.get(3).split(";")).containsExactly("751", "2024-01", "ADP", "0.600000000", "0.130434783", "600",
                "120", "480", "0.600000000", "0", "0", "0");
    }

    @Test
    void a_cpr_number_rejects_the_whole_file_and_writes_nothing() throws IOException {
        // CPR-shaped on purpose, built at run time so that no CPR-shaped literal sits in the source
        String cprShaped = CprShaped.of(1, 1, 90, "", 1234);
        Path input = register("cpr.csv", List.of("person_id;week;municipality;benefit",
                "p1;2024-W01;575;SDP", cprShaped + ";2024-W01;575;SDP"));
        String message = ((RegisterOutcome.Rejected) aggregate(input, null, folder.resolve("d.csv"))).message();
        assertThat(message).contains("cpr.csv").contains("linje 3").contains("person_id").contains("Pseudonymisér");
        assertNothingWritten();
    }

    @Test
    void an_unknown_municipality_an_impossible_week_and_a_negative_amount_name_their_line() throws IOException {
        assertThat(((RegisterOutcome.Rejected) aggregate(register("m.csv", List.of("person_id;week;municipality;benefit",
                "p1;2024-W01;999;SDP")), null, null)).message()).contains("linje 2").contains("municipality");
        assertThat(((RegisterOutcome.Rejected) aggregate(register("w.csv", List.of("person_id;week;municipality;benefit",
                "p1;2024-W01;575;SDP", "p1;2024-W53;575;SDP")), null, null)).message())
                .contains("linje 3").contains("week").contains("52 uger");
        assertThat(((RegisterOutcome.Rejected) aggregate(register("a.csv", List.of("person_id;week;municipality;benefit;amount",
                "p1;2024-W01;575;SDP;-5")), null, null)).message()).contains("linje 2").contains("amount");
        assertThat(((RegisterOutcome.Rejected) aggregate(register("n.csv", List.of("person_id;week;municipality;benefit;amount",
                "p1;2024-W01;575;SDP;NaN")), null, null)).message()).contains("linje 2").contains("amount");
        assertThat(((RegisterOutcome.Rejected) aggregate(register("b.csv", List.of("person_id;week;municipality;benefit",
                "p1;2024-W01;575;XYZ")), null, null)).message()).contains("benefit").contains("XYZ");
        assertThat(((RegisterOutcome.Rejected) aggregate(register("c.csv", List.of("person_id;week;benefit",
                "p1;2024-W01;SDP")), null, null)).message()).contains("municipality").contains("mangler");
        assertThat(((RegisterOutcome.Rejected) aggregate(register("r.csv", List.of("person_id;week;municipality;benefit",
                "p1;2031-W01;575;SDP")), null, null)).message()).contains("sats");
        assertNothingWritten();
    }

    @Test
    void a_parquet_register_gives_the_same_output_as_the_same_csv() throws Exception {
        List<String> rows = new java.util.ArrayList<>(List.of("person_id;week;municipality;benefit;amount"));
        rows.addAll(weeks("p1", "2023-W40", 70, "SDP", "575").stream().map(r -> r + ";").toList());
        rows.addAll(weeks("p2", "2023-W50", 20, "ADP", "101").stream().map(r -> r + ";1500.5").toList());
        Path csv = register("reg.csv", rows);
        Path parquet = folder.resolve("reg.parquet");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var p = c.prepareStatement(
                "copy (select * from read_csv(?, delim=';', header=true, all_varchar=true)) to '"
                        + parquet.toString().replace("'", "''") + "' (format parquet)")) {
            p.setString(1, csv.toString());
            p.execute();
        }
        aggregate(csv, null, null);
        List<String> fromCsv = Files.readAllLines(folder.resolve("out.csv"));
        aggregate(parquet, null, null);
        assertThat(Files.readAllLines(folder.resolve("out.csv"))).isEqualTo(fromCsv).hasSizeGreaterThan(20);
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("out.csv") || n.startsWith("d.csv") || n.contains(".partial"));
        }
    }
}
