package dk.raaderum.register.internal;

import java.util.HashMap;
import java.util.Map;
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

    /**
     * One row in person, week and priority order. Rows of a person-week after its first are same-week
     * collisions of lower priority. {@code person} and {@code weekText} are null unless asked for.
     */
    interface RowSink {
        void accept(boolean newPerson, int week, int municipality, int benefit, double amount, String person,
                String weekText) throws IOException;
    }

    record Counts(long rows, int firstWeek, int lastWeek) {
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
            s.execute("set memory_limit = '2GB'");
            s.execute("set preserve_insertion_order = false");
        }
        loadReferenceTables(municipalities);
    }

    /**
     * Opens the file and prepares the checks. The rows themselves are checked while they are streamed
     * (nothing is written before the stream has ended), so a valid file is read only once more.
     */
    Counts prepare() throws IOException, SQLException {
        if (!Files.isRegularFile(input)) {
            throw new RegisterProblem(input.toString(), "filen findes ikke");
        }
        try {
            defineSource();
            loadWeeks();
            defineChecks();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                    select (select count(*) from source), min(week_idx), max(week_idx) from weeks""")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new RegisterProblem(input.toString(), "registret har ingen rækker");
                }
                if (rs.getObject(2) == null) {
                    throw firstProblem();
                }
                return new Counts(rs.getLong(1), rs.getInt(2), rs.getInt(3));
            }
        } catch (SQLException unreadable) {
            throw firstProblemOr(unreadable);
        }
    }

    /**
     * Streams every row ordered by person, week and priority (highest first). Stops with a
     * {@link RegisterProblem} naming the first faulty line as soon as a faulty row turns up.
     *
     * <p>Each person gets a dense integer key (a hash aggregate and a hash join), so DuckDB sorts integers,
     * not text, and each row crosses JDBC as three numbers: the key, a packed word (fault flag, week,
     * municipality, benefit) and the amount. Row-by-row JDBC transfer is the cost that matters here.
     */
    void stream(int firstWeek, boolean withText, RowSink sink) throws SQLException, IOException {
        if (rules.size() > 64) {
            throw new IllegalStateException("the packed row has room for 64 benefits");
        }
        // the two column lists are fixed text chosen by a flag, never input
        String text = withText ? "c.person_id, c.week" : "null, null";
        try (PreparedStatement query = connection.prepareStatement("""
                with persons as (
                    select person_id, row_number() over (order by person_id) as person_key
                    from (select distinct person_id from source)
                )
                select p.person_key,
                       (case when c.problem then 1 else 0 end)::bigint * 281474976710656
                         + (coalesce(c.week_idx, ?) - ?)::bigint * 65536
                         + coalesce(c.municipality_code, 0) * 64 + coalesce(c.benefit_idx, 0),
                       coalesce(c.amount_value, c.rate_weekly, 0), %s
                from checked c join persons p on p.person_id is not distinct from c.person_id
                order by p.person_key, c.week_idx, c.priority, c.benefit_idx, c.municipality_code,
                         coalesce(c.amount_value, c.rate_weekly)""".formatted(text))) {
            query.setInt(1, firstWeek);
            query.setInt(2, firstWeek);
            try (ResultSet rs = query.executeQuery()) {
                long previousPerson = -1;
                while (rs.next()) {
                    long person = rs.getLong(1);
                    long packed = rs.getLong(2);
                    if (packed >= 281474976710656L) {
                        throw firstProblem();
                    }
                    sink.accept(person != previousPerson, firstWeek + (int) (packed >>> 16),
                            (int) ((packed >>> 6) & 1023), (int) (packed & 63), rs.getDouble(3),
                            rs.getString(4), rs.getString(5));
                    previousPerson = person;
                }
            }
        } catch (SQLException unreadable) {
            throw firstProblemOr(unreadable);
        }
    }

    private void defineSource() throws SQLException {
        String reader = parquet ? "read_parquet(?, file_row_number = true)"
                : "read_csv(?, delim = ';', header = true, all_varchar = true, quote = '\"')";
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement p = connection.prepareStatement("describe select * from " + reader)) {
            p.setString(1, input.toString());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        Set<String> columns = types.keySet();
        for (String required : List.of("person_id", "week", "municipality", "benefit")) {
            if (!columns.contains(required)) {
                throw new RegisterProblem(input.toString(), 1, required, "kolonnen mangler");
            }
        }
        // Typed Parquet columns are used as they are; text (CSV, or text in Parquet) is parsed and its
        // text kept, so a fault can be told apart from an empty cell. All fragments are fixed text.
        boolean numericAmount = columns.contains("amount") && !types.get("amount").equals("VARCHAR");
        boolean numericMunicipality = !types.get("municipality").equals("VARCHAR");
        String amountText = columns.contains("amount") && !numericAmount ? "amount" : "cast(null as varchar)";
        String amountValue = !columns.contains("amount") ? "cast(null as double)"
                : numericAmount ? "cast(amount as double)" : "try_cast(nullif(trim(amount), '') as double)";
        String municipalityCode = numericMunicipality ? "try_cast(municipality as integer)"
                : "case when length(trim(municipality)) = 3 then try_cast(trim(municipality) as integer) end";
        String rowNumber = parquet ? "file_row_number + 1" : "cast(null as bigint)";
        String select = "cast(person_id as varchar) as person_id, cast(week as varchar) as week, "
                + "cast(municipality as varchar) as municipality, " + municipalityCode + " as municipality_number, "
                + "trim(cast(benefit as varchar)) as benefit, " + amountText + " as amount, " + amountValue
                + " as amount_value, " + rowNumber + " as row_number";
        if (parquet) {
            // a view: DuckDB reads only the columns and row groups each query needs. A view cannot hold a
            // bound parameter, so the path goes in as an escaped string literal.
            try (Statement s = connection.createStatement()) {
                s.execute("create view source as select " + select + " from "
                        + reader.replace("?", "'" + input.toString().replace("'", "''") + "'"));
            }
        } else {
            // a table: the CSV is parsed once
            try (PreparedStatement p = connection.prepareStatement("create table source as select " + select
                    + " from " + reader)) {
                p.setString(1, input.toString());
                p.execute();
            }
        }
    }

    /** Every row with its references resolved and a flag for any fault (details come from {@link RowCheck}). */
    private void defineChecks() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    create view checked as
                    select s.person_id, s.week, s.row_number, w.week_idx, m.code as municipality_code,
                           r.benefit_idx, r.priority, s.amount_value, rt.weekly as rate_weekly,
                           (s.person_id is null or length(s.person_id) not between 1 and 64
                            or (length(s.person_id) in (10, 11)
                                and regexp_full_match(s.person_id, '[0-9]{10}|[0-9]{6}-[0-9]{4}'))
                            or w.week_idx is null or m.code is null or r.benefit_idx is null
                            or s.amount_value < 0 or not isfinite(s.amount_value)
                            or (s.amount_value is null and nullif(trim(s.amount), '') is not null)
                            or (s.amount_value is null and rt.weekly is null)) as problem
                    from source s
                    left join weeks w on w.week = s.week
                    left join municipalities m on m.code = s.municipality_number
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
}
