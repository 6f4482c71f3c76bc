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

import dk.raaderum.engine.BenefitRule;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.AggregateRequest;
import dk.raaderum.register.RegisterOutcome;

/**
 * Times, on the same register and alternating run by run, (a) a plain DuckDB query that computes only
 * person_weeks, full_time_persons and gross_dkk per municipality, month and benefit, and (b) the full
 * {@code register aggregate} with checks and the ledger. Reports medians, their ratio, ledger throughput
 * and the process's peak resident memory (Java heap and DuckDB's native memory together).
 */
public final class RegisterBenchmark {

    /** The same weekday split and rate lookup as the engine, expressed in SQL without any ledger. */
    private static final String PLAIN_SQL = """
            with weeks as (
                select week, strptime(week || '-1', '%G-W%V-%u')::date as monday
                from (select distinct week from read_parquet(?))
            ), split as (
                select week, strftime(monday + cast(d as integer), '%Y-%m') as month, count(*) / 5.0 as f
                from weeks, range(0, 5) t(d) group by all
            ), month_days as (
                select strftime(day, '%Y-%m') as month, count(*) as weekdays
                from (select unnest(range(cast(min(monday) - 31 as timestamp), cast(max(monday) + 38 as timestamp), interval 1 day))::date as day from weeks)
                where dayofweek(day) between 1 and 5 group by all
            )
            select r.municipality, s.month, r.benefit, sum(s.f) as person_weeks,
                   sum(5 * s.f / md.weekdays) as full_time_persons,
                   sum(coalesce(r.amount, rt.weekly) * s.f) as gross_dkk
            from read_parquet(?) r
            join split s using (week)
            join month_days md using (month)
            left join rates rt on rt.benefit = r.benefit and rt.year = cast(left(r.week, 4) as integer)
            group by all""";

    public record Result(List<Double> plainSeconds, List<Double> fullSeconds, List<Double> ledgerSeconds,
            long personWeeks, long peakBytes) {

        public double ledgerMedian() {
            return median(ledgerSeconds);
        }

        public double plainMedian() {
            return median(plainSeconds);
        }

        public double fullMedian() {
            return median(fullSeconds);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    public Result run(Path parquet, int runs) throws IOException, SQLException {
        List<Double> plain = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> ledger = new ArrayList<>();
        long personWeeks = 0;
        Path output = Files.createTempFile("raaderum-bench", ".csv");
        try {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                int rows = plainQuery(parquet);
                plain.add((System.nanoTime() - start) / 1e9);
                if (rows == 0) {
                    throw new IllegalStateException("the plain query returned no rows");
                }
                start = System.nanoTime();
                RegisterOutcome outcome = new RegisterAggregation().aggregate(
                        new AggregateRequest(parquet, null, null, output, null), Progress.SILENT);
                full.add((System.nanoTime() - start) / 1e9);
                if (outcome instanceof RegisterOutcome.Rejected rejected) {
                    throw new IllegalStateException(rejected.message());
                }
                personWeeks = ((RegisterOutcome.Aggregated) outcome).keptWeeks();
                ledger.add(((RegisterOutcome.Aggregated) outcome).ledgerSeconds());
            }
        } finally {
            Files.deleteIfExists(output);
        }
        return new Result(plain, full, ledger, personWeeks, peakResidentBytes());
    }

    private static int plainQuery(Path parquet) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = connection.createStatement()) {
                s.execute("set memory_limit = '3GB'");
                s.execute("create table rates (benefit varchar, year integer, weekly double)");
            }
            RateTable rates = RateTable.defaults();
            try (PreparedStatement insert = connection.prepareStatement("insert into rates values (?, ?, ?)")) {
                for (BenefitRule rule : RulesTable.defaults().all()) {
                    for (int year = 1990; year <= 2100; year++) {
                        var weekly = rates.weekly(rule.code(), year);
                        if (weekly.isPresent()) {
                            insert.setString(1, rule.code());
                            insert.setInt(2, year);
                            insert.setDouble(3, weekly.getAsDouble());
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement query = connection.prepareStatement(PLAIN_SQL)) {
                query.setString(1, parquet.toString());
                query.setString(2, parquet.toString());
                int rows = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows;
            }
        }
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
