package dk.raaderum.register.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.duckdb.DuckDBConnection;

import dk.raaderum.engine.BenefitRule;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.MonthSplit;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.AggregateRequest;
import dk.raaderum.register.RegisterOutcome;

/**
 * Times, on the same Parquet register and alternating run by run, two plain DuckDB queries an analyst would
 * write (weekday split to months, rate join, group by municipality, month and benefit: no checks, no
 * collisions, no ledger) and the full {@code register aggregate}; also DuckDB's part of the full run alone
 * (reading the rows out as Arrow batches, with nothing done to them). A first round is run untimed, so the timed runs
 * of the Java side are compiled code. Reports medians, the ratio of the full run to the faster plain query, and the
 * process's peak resident memory (Java heap and DuckDB together).
 */
public final class RegisterBenchmark {

    /** The plain query as usually written: every person-week joined to its months and its rate. */
    static final String PLAIN_DIRECT = """
            select r.municipality, wm.month, r.benefit, sum(wm.frac) as person_weeks,
                   sum(5 * wm.frac / wm.weekdays) as full_time_persons,
                   sum(coalesce(r.amount, rt.weekly) * wm.frac) as gross_dkk
            from read_parquet(?) r
            join week_month wm on wm.week = r.week
            left join rates rt on rt.benefit = r.benefit and rt.year = wm.iso_year
            group by all""";

    /**
     * The same sums, faster: person-weeks are first counted per municipality, week and benefit (a few
     * hundred thousand cells), and only those cells are split over months and priced.
     */
    static final String PLAIN_GROUPED = """
            with cells as (
                select municipality, week, benefit, count(*) as weeks, count(amount) as with_amount,
                       sum(amount) as amount
                from read_parquet(?) group by all
            )
            select c.municipality, wm.month, c.benefit, sum(c.weeks * wm.frac) as person_weeks,
                   sum(5 * c.weeks * wm.frac / wm.weekdays) as full_time_persons,
                   sum((coalesce(c.amount, 0) + (c.weeks - c.with_amount) * rt.weekly) * wm.frac) as gross_dkk
            from cells c
            join week_month wm on wm.week = c.week
            left join rates rt on rt.benefit = c.benefit and rt.year = wm.iso_year
            group by all""";

    public record Result(List<Double> plainDirectSeconds, List<Double> plainGroupedSeconds, List<Double> fullSeconds,
            List<Double> streamSeconds, List<Double> javaSeconds, long personWeeks, long peakBytes) {

        public double plainMedian() {
            return Math.min(median(plainDirectSeconds), median(plainGroupedSeconds));
        }

        public static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    public Result run(Path parquet, int runs) throws IOException, SQLException {
        List<Double> direct = new ArrayList<>();
        List<Double> grouped = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> stream = new ArrayList<>();
        List<Double> java = new ArrayList<>();
        long personWeeks = 0;
        Path output = Files.createTempFile("raaderum-bench", ".csv");
        try {
            // one round untimed, so that every timed run of the Java side is compiled code, as in a running server
            plainQuery(parquet, PLAIN_GROUPED);
            new RegisterAggregation().aggregate(new AggregateRequest(parquet, null, null, output, null), Progress.SILENT);
            for (int i = 0; i < runs; i++) {
                direct.add(timed(() -> plainQuery(parquet, PLAIN_DIRECT)));
                grouped.add(timed(() -> plainQuery(parquet, PLAIN_GROUPED)));
                long start = System.nanoTime();
                RegisterOutcome outcome = new RegisterAggregation().aggregate(
                        new AggregateRequest(parquet, null, null, output, null), Progress.SILENT);
                full.add((System.nanoTime() - start) / 1e9);
                if (outcome instanceof RegisterOutcome.Rejected rejected) {
                    throw new IllegalStateException(rejected.message());
                }
                personWeeks = ((RegisterOutcome.Aggregated) outcome).keptWeeks();
                java.add(((RegisterOutcome.Aggregated) outcome).ledgerSeconds());
                stream.add(timed(() -> streamOnly(parquet)));
            }
        } finally {
            Files.deleteIfExists(output);
        }
        return new Result(direct, grouped, full, stream, java, personWeeks, peakResidentBytes());
    }

    private interface Timed {
        long run() throws IOException, SQLException;
    }

    private static double timed(Timed task) throws IOException, SQLException {
        long start = System.nanoTime();
        if (task.run() == 0) {
            throw new IllegalStateException("the query returned no rows");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The full run's DuckDB part alone: the same parallel Arrow streams, read and dropped. */
    private static long streamOnly(Path parquet) throws IOException, SQLException {
        RulesTable rules = RulesTable.defaults();
        Set<Integer> municipalities = Set.copyOf(ReferenceMunicipalities.populations().keySet());
        try (DuckDbRegister register = new DuckDbRegister(parquet, rules, RateTable.defaults(), municipalities)) {
            register.prepare();
            List<String> bounds = register.personRanges(ParallelReplay.PARTS);
            register.streamsInReaderThreads(bounds.size() > 1);
            List<Thread> threads = new ArrayList<>();
            long[] rows = new long[bounds.size()];
            for (int i = 0; i < bounds.size(); i++) {
                int part = i;
                String to = i + 1 < bounds.size() ? bounds.get(i + 1) : null;
                Thread thread = new Thread(() -> {
                    try (DuckDbRegister.Stream s = register.stream(false, bounds.get(part), to)) {
                        while (s.reader().loadNextBatch()) {
                            rows[part] += s.reader().getVectorSchemaRoot().getRowCount();
                        }
                    } catch (IOException | SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
            return java.util.Arrays.stream(rows).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static long plainQuery(Path parquet, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = connection.createStatement()) {
                s.execute("set memory_limit = '2GB'");
                s.execute("create table rates (benefit varchar, year integer, weekly double)");
                s.execute("create table week_month (week varchar, iso_year integer, month varchar, frac double, "
                        + "weekdays integer)");
            }
            fillReferenceTables((DuckDBConnection) connection);
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, parquet.toString());
                long rows = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows;
            }
        }
    }

    /** The rate table, and every ISO week 1990–2100 with the months its weekdays fall in. */
    private static void fillReferenceTables(DuckDBConnection connection) throws SQLException {
        RateTable rates = RateTable.defaults();
        try (var rateRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rates");
                var weekRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "week_month")) {
            for (BenefitRule rule : RulesTable.defaults().all()) {
                for (int year = 1990; year <= 2100; year++) {
                    var weekly = rates.weekly(rule.code(), year);
                    if (weekly.isPresent()) {
                        rateRows.beginRow();
                        rateRows.append(rule.code());
                        rateRows.append(year);
                        rateRows.append(weekly.getAsDouble());
                        rateRows.endRow();
                    }
                }
            }
            for (int w = IsoWeek.parse("1990-W01").index(); w <= IsoWeek.parse("2100-W52").index(); w++) {
                IsoWeek week = IsoWeek.ofIndex(w);
                int month = MonthSplit.firstMonth(w);
                int inFirst = MonthSplit.weekdaysInFirstMonth(w);
                appendWeek(weekRows, week, month, inFirst);
                if (inFirst < 5) {
                    appendWeek(weekRows, week, month + 1, 5 - inFirst);
                }
            }
        }
    }

    private static void appendWeek(org.duckdb.DuckDBAppender rows, IsoWeek week, int month, int weekdays)
            throws SQLException {
        rows.beginRow();
        rows.append(week.toString());
        rows.append(week.year());
        rows.append(MonthSplit.label(month));
        rows.append(weekdays / 5.0);
        rows.append(MonthSplit.weekdays(month));
        rows.endRow();
    }

    /** VmHWM from /proc: the most resident memory this process has had. */
    private static long peakResidentBytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }
}
