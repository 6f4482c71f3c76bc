package dk.raaderum.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.platform.Progress;

/**
 * Every way a register reaches the ledger gives the same aggregate as a second, deliberately plain
 * implementation of the spec written here: the file in person order (no sort, in parallel person ranges for
 * Parquet), the same rows shuffled (DuckDB sorts), as CSV and as Parquet. The register is generated (moves
 * between municipalities, restarts, 2020-W53) and has same-week collisions added.
 */
class RegisterPathsTest {

    @TempDir
    Path folder;

    private final RegisterEngine engine = new RegisterEngine();
    private final RulesTable rules = RulesTable.defaults();
    private final RateTable rates = RateTable.defaults();
    private Path ordered;

    @BeforeEach
    void a_generated_register_with_collisions() throws IOException {
        Path generated = folder.resolve("generated.csv");
        assertThat(engine.generate(new GenerateRequest(3000, IsoWeek.parse("2019-W40"), IsoWeek.parse("2021-W30"), 17,
                generated), Progress.SILENT)).isNull();
        // a second row in some weeks: another benefit, municipality or amount, next to the first
        List<String> lines = Files.readAllLines(generated);
        List<String> withCollisions = new ArrayList<>(List.of(lines.get(0)));
        SplittableRandom random = new SplittableRandom(5);
        String[] others = {"OTH", "SDP", "KTH-A", "LTS", "ADP"};
        for (String line : lines.subList(1, lines.size())) {
            withCollisions.add(line);
            if (random.nextInt(25) == 0) {
                String[] f = line.split(";", -1);
                String benefit = others[random.nextInt(others.length)];
                String municipality = random.nextBoolean() ? f[2] : "101";
                String amount = random.nextBoolean() ? "" : String.valueOf(100 + random.nextInt(3000));
                withCollisions.add(f[0] + ";" + f[1] + ";" + municipality + ";" + benefit + ";" + amount);
            }
        }
        ordered = folder.resolve("ordered.csv");
        Files.write(ordered, withCollisions, StandardCharsets.UTF_8);
    }

    private Map<String, double[]> aggregate(Path input) throws IOException {
        Path out = folder.resolve("out-" + input.getFileName() + ".csv");
        RegisterOutcome outcome = engine.aggregate(new AggregateRequest(input, null, null, out, null), Progress.SILENT);
        assertThat(outcome).as(input.toString()).isInstanceOf(RegisterOutcome.Aggregated.class);
        Map<String, double[]> cells = new TreeMap<>();
        for (String line : Files.readAllLines(out).subList(1, Files.readAllLines(out).size())) {
            String[] f = line.split(";");
            double[] values = new double[9];
            for (int i = 0; i < 9; i++) {
                values[i] = Double.parseDouble(f[3 + i]);
            }
            cells.put(f[0] + ";" + f[1] + ";" + f[2], values);
        }
        return cells;
    }

    private Path parquet(Path csv, String name, String order, int rowGroup) throws Exception {
        Path target = folder.resolve(name);
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
            s.execute("set preserve_insertion_order = true");
            // fixed test text; the paths are the test's own temporary files
            s.execute("copy (select person_id, week, cast(municipality as smallint) as municipality, benefit, "
                    + "try_cast(amount as double) as amount from read_csv('" + csv + "', delim = ';', header = true, "
                    + "all_varchar = true) " + order + ") to '" + target + "' (format parquet, row_group_size "
                    + rowGroup + ")");
        }
        return target;
    }

    private Path shuffled(Path csv) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.shuffle(rows, new java.util.Random(3));
        rows.add(0, lines.get(0));
        Path target = folder.resolve("shuffled.csv");
        Files.write(target, rows, StandardCharsets.UTF_8);
        return target;
    }

    @Test
    void ordered_shuffled_csv_and_parquet_registers_give_the_aggregate_of_a_plain_second_implementation()
            throws Exception {
        Map<String, double[]> expected = new PlainSpec(rules, rates).aggregate(Files.readAllLines(ordered));
        assertThat(expected).hasSizeGreaterThan(1000);
        List<Path> inputs = List.of(ordered, shuffled(ordered),
                parquet(ordered, "ordered.parquet", "", 2048),           // many row groups: parallel person ranges
                parquet(ordered, "shuffled.parquet", "order by hash(person_id || week)", 2048));
        for (Path input : inputs) {
            Map<String, double[]> actual = aggregate(input);
            assertThat(actual.keySet()).as(input.toString()).isEqualTo(expected.keySet());
            for (String key : expected.keySet()) {
                for (int i = 0; i < 9; i++) {
                    assertThat(actual.get(key)[i]).as("%s %s column %d", input.getFileName(), key, i)
                            .isCloseTo(expected.get(key)[i], org.assertj.core.api.Assertions.within(1e-6));
                }
            }
        }
    }

    /**
     * Spec §§ 1, 2 and 5 written out as plainly as possible: rows grouped per person in a map, sorted, collisions
     * resolved by (priority, municipality, amount), self-support counted week by week from a set of supported
     * weeks, each week split over its months day by day.
     */
    static final class PlainSpec {
        private final RulesTable rules;
        private final RateTable rates;

        PlainSpec(RulesTable rules, RateTable rates) {
            this.rules = rules;
            this.rates = rates;
        }

        Map<String, double[]> aggregate(List<String> lines) {
            Map<String, List<String[]>> byPerson = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";", -1);
                byPerson.computeIfAbsent(f[0], p -> new ArrayList<>()).add(f);
            }
            Map<String, double[]> cells = new TreeMap<>();
            for (List<String[]> rows : byPerson.values()) {
                Map<Integer, String[]> kept = new TreeMap<>();
                for (String[] row : rows) {
                    int week = IsoWeek.parse(row[1]).index();
                    String[] other = kept.get(week);
                    if (other == null || better(row, other)) {
                        kept.put(week, row);
                    }
                }
                replay(kept, cells);
            }
            return cells;
        }

        private boolean better(String[] a, String[] b) {
            int pa = rules.find(a[3]).orElseThrow().priority();
            int pb = rules.find(b[3]).orElseThrow().priority();
            if (pa != pb) {
                return pa < pb;
            }
            if (!a[2].equals(b[2])) {
                return Integer.parseInt(a[2]) < Integer.parseInt(b[2]);
            }
            return amount(a) < amount(b);
        }

        private double amount(String[] row) {
            return row[4].isEmpty() ? rates.weekly(row[3], IsoWeek.parse(row[1]).year()).orElseThrow()
                    : Double.parseDouble(row[4]);
        }

        private void replay(Map<Integer, String[]> weeks, Map<String, double[]> cells) {
            Set<Integer> supported = new HashSet<>(weeks.keySet());
            int count = 0;
            Integer start = null;
            for (Map.Entry<Integer, String[]> e : weeks.entrySet()) {
                int w = e.getKey();
                String[] row = e.getValue();
                boolean covered = rules.find(row[3]).orElseThrow().scheme().covered();
                int tier = 0;
                if (covered) {
                    if (start != null) {
                        int selfSupport = 0;
                        for (int v = Math.max(start + 1, w - 156); v <= w - 1; v++) {
                            selfSupport += supported.contains(v) ? 0 : 1;
                        }
                        if (selfSupport >= 52) {
                            count = 0;
                            start = null;
                        }
                    }
                    if (start == null) {
                        start = w;
                    }
                    count++;
                    tier = count <= 4 ? 1 : count <= 26 ? 2 : count <= 52 ? 3 : 4;
                }
                double share = new double[] {0, 0.2, 0.6, 0.7, 0.8}[tier];
                java.time.LocalDate monday = IsoWeek.ofIndex(w).monday();
                for (int d = 0; d < 5; d++) {
                    java.time.LocalDate day = monday.plusDays(d);
                    String key = row[2] + ";" + String.format("%04d-%02d", day.getYear(), day.getMonthValue()) + ";" + row[3];
                    double[] c = cells.computeIfAbsent(key, k -> new double[9]);
                    double f = 0.2;
                    int weekdays = weekdays(day);
                    double gross = amount(row) * f;
                    c[0] += f;
                    c[1] += 1.0 / weekdays;
                    c[2] += gross;
                    if (covered) {
                        c[3] += gross * share;
                        c[4] += gross * (1 - share);
                        c[4 + tier] += f;
                    }
                }
            }
        }

        private static int weekdays(java.time.LocalDate day) {
            int n = 0;
            for (java.time.LocalDate d = day.withDayOfMonth(1); d.getMonth() == day.getMonth(); d = d.plusDays(1)) {
                n += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
            }
            return n;
        }
    }
}
