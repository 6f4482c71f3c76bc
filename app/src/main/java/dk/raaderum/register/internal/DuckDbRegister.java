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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.duckdb.DuckDBConnection;

import dk.raaderum.engine.BenefitRule;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RegisterProblem;
import dk.raaderum.engine.RulesTable;

/**
 * A weekly register opened in an in-process DuckDB: checked against spec § 1, same-week collisions
 * resolved by priority, and streamed in person and week order. DuckDB does the reading, checking and
 * sorting (spilling to disk when the data outgrow memory); the caller replays the rows.
 */
public final class DuckDbRegister implements AutoCloseable {

    /** One kept person-week, as the replay needs it. */
    interface RowSink {
        void accept(String person, int week, String weekText, int municipality, int benefit, double amount)
                throws IOException;
    }

    record Counts(long rows, long kept, int firstWeek, int lastWeek) {
    }

    private final Path input;
    private final boolean parquet;
    private final RulesTable rules;
    private final RateTable rates;
    private final RowCheck check;
    private final Connection connection;

    DuckDbRegister(Path input, RulesTable rules, RateTable rates, Set<Integer> municipalities) throws SQLException {
        this.input = input;
        this.parquet = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
        this.rules = rules;
        this.rates = rates;
        this.check = new RowCheck(rules, rates, municipalities);
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("set memory_limit = '3GB'");
            s.execute("set preserve_insertion_order = false");
        }
        loadReferenceTables(municipalities);
    }

    /** Checks the whole file; throws {@link RegisterProblem} naming the first faulty line. */
    Counts check() throws IOException, SQLException {
        if (!Files.isRegularFile(input)) {
            throw new RegisterProblem(input.toString(), "filen findes ikke");
        }
        try {
            defineSource();
            loadWeeks();
            defineChecks();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                    select count(*), count(*) filter (where problem), min(week_idx), max(week_idx) from checked""")) {
                rs.next();
                if (rs.getLong(2) > 0) {
                    throw firstProblem();
                }
                long rows = rs.getLong(1);
                if (rows == 0) {
                    throw new RegisterProblem(input.toString(), "registret har ingen rækker");
                }
                return new Counts(rows, kept(), rs.getInt(3), rs.getInt(4));
            }
        } catch (SQLException unreadable) {
            throw firstProblemOr(unreadable);
        }
    }

    /** Streams the kept rows ordered by person and week. */
    void stream(RowSink sink) throws SQLException, IOException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select person_id, week_idx, week, municipality_code, benefit_idx, amount_dkk
                from kept order by person_id, week_idx""")) {
            while (rs.next()) {
                sink.accept(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getDouble(6));
            }
        }
    }

    private long kept() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    create table kept as
                    select person_id, week_idx, week, municipality_code, benefit_idx,
                           coalesce(amount_value, rate_weekly) as amount_dkk
                    from checked
                    qualify row_number() over (partition by person_id, week_idx
                                               order by priority, benefit_idx, municipality_code, amount_dkk) = 1""");
            try (ResultSet rs = s.executeQuery("select count(*) from kept")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void defineSource() throws SQLException {
        String reader = parquet ? "read_parquet(?, file_row_number = true)"
                : "read_csv(?, delim = ';', header = true, all_varchar = true, quote = '\"')";
        List<String> columns = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("describe select * from " + reader)) {
            p.setString(1, input.toString());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        for (String required : List.of("person_id", "week", "municipality", "benefit")) {
            if (!columns.contains(required)) {
                throw new RegisterProblem(input.toString(), 1, required, "kolonnen mangler");
            }
        }
        String amount = columns.contains("amount") ? "cast(amount as varchar)" : "cast(null as varchar)";
        String rowNumber = parquet ? "file_row_number + 1" : "cast(null as bigint)";
        // The reader and the path are fixed above; the path itself goes in as a bound parameter.
        try (PreparedStatement p = connection.prepareStatement("create table source as select "
                + "cast(person_id as varchar) as person_id, cast(week as varchar) as week, "
                + "trim(cast(municipality as varchar)) as municipality, trim(cast(benefit as varchar)) as benefit, "
                + amount + " as amount, " + rowNumber + " as row_number from " + reader)) {
            p.setString(1, input.toString());
            p.execute();
        }
    }

    /** Every row with its references resolved and a flag for any fault (details come from {@link RowCheck}). */
    private void defineChecks() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    create view checked as
                    select s.person_id, s.week, s.row_number, w.week_idx, w.iso_year,
                           m.code as municipality_code, r.benefit_idx, r.priority,
                           try_cast(nullif(trim(s.amount), '') as double) as amount_value, rt.weekly as rate_weekly,
                           (s.person_id is null or length(s.person_id) not between 1 and 64
                            or regexp_full_match(s.person_id, '[0-9]{10}|[0-9]{6}-[0-9]{4}')
                            or w.week_idx is null or m.code is null or r.benefit_idx is null
                            or (nullif(trim(s.amount), '') is not null
                                and coalesce(try_cast(trim(s.amount) as double) < 0, true))
                            or (nullif(trim(s.amount), '') is null and rt.weekly is null)) as problem
                    from source s
                    left join weeks w on w.week = s.week
                    left join municipalities m on cast(m.code as varchar) = s.municipality
                    left join rules r on r.code = s.benefit
                    left join rates rt on rt.benefit = s.benefit and rt.year = w.iso_year""");
        }
    }

    /** Only the distinct week texts are checked in Java; valid ones get their consecutive index. */
    private void loadWeeks() throws SQLException {
        List<String> weeks = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select distinct week from source where week is not null")) {
            while (rs.next()) {
                weeks.add(rs.getString(1));
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("create table weeks (week varchar, week_idx integer, iso_year integer)");
        }
        try (var appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "weeks")) {
            for (String text : weeks) {
                try {
                    IsoWeek week = IsoWeek.parse(text);
                    appender.beginRow();
                    appender.append(text);
                    appender.append(week.index());
                    appender.append(week.year());
                    appender.endRow();
                } catch (IllegalArgumentException invalid) {
                    // left out: rows with this week are reported as faulty
                }
            }
        }
    }

    private void loadReferenceTables(Set<Integer> municipalities) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("create table municipalities (code integer)");
            s.execute("create table rules (code varchar, benefit_idx integer, priority integer)");
            s.execute("create table rates (benefit varchar, year integer, weekly double)");
        }
        DuckDBConnection duck = (DuckDBConnection) connection;
        try (var appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "municipalities")) {
            for (int code : municipalities) {
                appender.beginRow();
                appender.append(code);
                appender.endRow();
            }
        }
        try (var ruleRows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rules"); var rateRows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rates")) {
            for (BenefitRule rule : rules.all()) {
                ruleRows.beginRow();
                ruleRows.append(rule.code());
                ruleRows.append(rule.index());
                ruleRows.append(rule.priority());
                ruleRows.endRow();
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
        }
    }

    private RegisterProblem firstProblemOr(SQLException unreadable) throws IOException {
        if (!parquet) {
            Optional<RegisterProblem> found = CsvRegisterScan.firstProblem(input, check);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return new RegisterProblem(input.toString(), "kan ikke læses: " + firstLine(unreadable.getMessage()));
    }

    private RegisterProblem firstProblem() throws IOException, SQLException {
        if (!parquet) {
            return CsvRegisterScan.firstProblem(input, check)
                    .orElseGet(() -> new RegisterProblem(input.toString(), "indeholder en ugyldig række"));
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select c.row_number, s.person_id, s.week, s.municipality, s.benefit, s.amount
                from checked c join source s using (row_number)
                where c.problem order by c.row_number limit 1""")) {
            rs.next();
            RowCheck.Problem problem = check.check(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6)).orElse(new RowCheck.Problem(null, "ugyldig række"));
            return new RegisterProblem(input.toString(), rs.getLong(1), problem.field(), problem.message());
        }
    }

    private static String firstLine(String message) {
        return message == null ? "ukendt fejl" : message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    static Set<Integer> codes(Iterable<Integer> municipalities) {
        Set<Integer> codes = new HashSet<>();
        municipalities.forEach(codes::add);
        return codes;
    }
}
