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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.duckdb.DuckDBResultSet;

import dk.raaderum.engine.CprShape;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RegisterProblem;
import dk.raaderum.engine.RulesTable;

/**
 * A weekly register opened in an in-process DuckDB and streamed to Java as Arrow batches. DuckDB reads and
 * parses the file (CSV or Parquet); {@link ArrowRows} checks every row against spec § 1 in Java.
 *
 * <p>A register already ordered by person and week (as {@code register generate} writes it) is streamed in
 * file order, without a sort, split into person ranges that are read and replayed in parallel; the order is
 * checked as the rows arrive. Any other register is sorted by DuckDB (spilling to a private temporary folder
 * beyond its memory limit) and streamed as one.
 */
final class DuckDbRegister implements AutoCloseable {

    static final int BATCH = 1 << 16;

    /** Rows in the file and the first and last week (indices) of its valid weeks. */
    record Counts(long rows, int firstWeek, int lastWeek) {
    }

    /** One stream of rows; closing it ends the query. */
    interface Stream extends AutoCloseable {
        ArrowReader reader();

        @Override
        void close() throws IOException, SQLException;
    }

    private final Path input;
    private final boolean parquet;
    private final RulesTable rules;
    private final RateTable rates;
    private final Set<Integer> municipalities;
    private final RowCheck check;
    private final Path spill;
    private final Connection connection;
    private final BufferAllocator allocator = new RootAllocator();

    DuckDbRegister(Path input, RulesTable rules, RateTable rates, Set<Integer> municipalities)
            throws SQLException, IOException {
        this.input = input;
        this.parquet = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
        this.rules = rules;
        this.rates = rates;
        this.municipalities = municipalities;
        this.check = new RowCheck(rules, rates, municipalities);
        this.spill = PrivateTemp.folder("raaderum-duckdb");
        Properties streaming = new Properties();
        streaming.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
        this.connection = DriverManager.getConnection("jdbc:duckdb:", streaming);
        try (Statement s = connection.createStatement()) {
            s.execute("set memory_limit = '2GB'");
            s.execute("set preserve_insertion_order = true");
            s.execute("set produce_arrow_string_view = true");
            s.execute("set arrow_output_version = '1.5'");
            s.execute("set streaming_buffer_size = '64MB'");
            // a sort that spills writes personal data: into a folder only this user can read
            try (PreparedStatement p = connection.prepareStatement("set temp_directory = ?")) {
                p.setString(1, spill.toString());
                p.execute();
            }
        }
    }

    /** Opens the file and finds its size and first and last week. No row is checked yet. */
    Counts prepare() throws IOException, SQLException {
        if (!Files.isRegularFile(input)) {
            throw new RegisterProblem(input.toString(), "filen findes ikke");
        }
        try {
            boolean textWeeks = defineSource();
            String[] bounds = parquet && textWeeks ? boundsFromStatistics() : null;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(bounds == null
                    ? "select count(*), min(week), max(week) from source"
                    : "select (select count(*) from source), null, null")) {
                rs.next();
                long rows = rs.getLong(1);
                if (rows == 0) {
                    throw new RegisterProblem(input.toString(), "registret har ingen rækker");
                }
                if (bounds == null) {
                    bounds = new String[] {rs.getString(2), rs.getString(3)};
                }
                // valid week texts sort as their weeks do, so the least and greatest text are the bounds;
                // a text that is no week means a faulty row, found by the full check
                try {
                    return new Counts(rows, IsoWeek.parse(bounds[0]).index(), IsoWeek.parse(bounds[1]).index());
                } catch (IllegalArgumentException invalid) {
                    throw firstProblem();
                }
            }
        } catch (SQLException unreadable) {
            throw firstProblemOr(unreadable);
        }
    }

    /** The least and greatest week text from the Parquet footer, or null when a row group has no statistics. */
    private String[] boundsFromStatistics() throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                select min(stats_min_value), max(stats_max_value), count(*) filter (where stats_min_value is null)
                from parquet_metadata(?) where path_in_schema = 'week'""")) {
            p.setString(1, input.toString());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1) == null || rs.getLong(3) > 0 ? null : new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    /**
     * Person-id ranges for reading an ordered Parquet register in parallel: up to {@code parts} lower bounds
     * (the first is null), taken from the row groups' statistics when they show the file ordered by person.
     */
    List<String> personRanges(int parts) throws SQLException {
        List<String> bounds = new ArrayList<>();
        bounds.add(null);
        if (!parquet || parts < 2) {
            return bounds;
        }
        List<String[]> groups = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("""
                select stats_min_value, stats_max_value from parquet_metadata(?)
                where path_in_schema = 'person_id' order by file_name, row_group_id""")) {
            p.setString(1, input.toString());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    groups.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (int i = 1; i < groups.size(); i++) {
            String[] previous = groups.get(i - 1);
            String[] group = groups.get(i);
            if (group[0] == null || previous[1] == null || compareBytes(group[0], previous[1]) < 0) {
                return bounds; // not ordered by person (or no statistics): read as one
            }
        }
        for (int part = 1; part < parts; part++) {
            String bound = groups.get((int) ((long) groups.size() * part / parts))[0];
            if (bound != null && (bounds.size() == 1 || compareBytes(bound, bounds.get(bounds.size() - 1)) > 0)) {
                bounds.add(bound);
            }
        }
        return bounds;
    }

    private static int compareBytes(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * With {@code inReaders}, lets the parallel person-range streams each run in the thread that reads it: with one
     * DuckDB thread a stream's scan is done by its reader as it asks for the next batch, so each core reads and
     * replays its own range instead of DuckDB's workers and the replay threads taking turns on the same cores.
     * Without, DuckDB uses every core again (for a sort).
     */
    void streamsInReaderThreads(boolean inReaders) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(inReaders ? "set threads = 1" : "reset threads");
        }
    }

    /**
     * Streams the rows with person ids in {@code [from, to)} (null: unbounded) in file order, or all rows
     * sorted by person id and week. Each stream has its own connection to the same database.
     */
    Stream stream(boolean sorted, String from, String to) throws SQLException {
        // fixed text chosen by flags, never input; the bounds are bound parameters
        String where = from == null && to == null ? "" : " where " + (from == null ? "true" : "person_id >= ?")
                + " and " + (to == null ? "true" : "person_id < ?");
        List<String> parameters = new ArrayList<>();
        if (from != null) {
            parameters.add(from);
        }
        if (to != null) {
            parameters.add(to);
        }
        return query("select person_id, week, cast(municipality_number as integer), benefit, amount_value from source"
                + where + (sorted ? " order by person_id, week" : ""), parameters);
    }

    private Stream query(String sql, List<String> parameters) throws SQLException {
        Connection own = ((DuckDBConnection) connection).duplicate();
        try {
            PreparedStatement query = own.prepareStatement(sql);
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
            ResultSet rs = query.executeQuery();
            ArrowReader reader = (ArrowReader) ((DuckDBResultSet) rs).arrowExportStream(allocator, BATCH);
            return new Stream() {
                @Override
                public ArrowReader reader() {
                    return reader;
                }

                @Override
                public void close() throws IOException, SQLException {
                    try (own; query; rs) {
                        reader.close();
                    }
                }
            };
        } catch (SQLException e) {
            own.close();
            throw e;
        }
    }

    /**
     * Defines the view {@code source} over the file, with the columns the checks need; returns whether the
     * week column is text. Text (CSV, or text in Parquet) is parsed here and its text kept, so a fault can be
     * told apart from an empty cell: an amount that is there but is no number becomes -1, which the checks
     * refuse as negative.
     */
    private boolean defineSource() throws SQLException, IOException {
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
        for (String required : List.of("person_id", "week", "municipality", "benefit")) {
            if (!types.containsKey(required)) {
                throw new RegisterProblem(input.toString(), 1, required, "kolonnen mangler");
            }
        }
        // All fragments are fixed text chosen by the column types.
        boolean hasAmount = types.containsKey("amount");
        boolean numericAmount = hasAmount && !types.get("amount").equals("VARCHAR");
        String amountValue = !hasAmount ? "cast(null as double)"
                : numericAmount ? "cast(amount as double)"
                : "case when nullif(trim(amount), '') is null then null "
                        + "else coalesce(try_cast(trim(amount) as double), -1) end";
        String municipalityCode = !types.get("municipality").equals("VARCHAR") ? "try_cast(municipality as integer)"
                : "case when length(trim(municipality)) = 3 then try_cast(trim(municipality) as integer) end";
        String text = types.get("week").equals("VARCHAR") ? "week" : "cast(week as varchar)";
        String select = "cast(person_id as varchar) as person_id, " + text + " as week, "
                + "cast(municipality as varchar) as municipality, " + municipalityCode + " as municipality_number, "
                + "cast(benefit as varchar) as benefit, " + (hasAmount ? "cast(amount as varchar)" : "cast(null as varchar)")
                + " as amount, " + amountValue + " as amount_value, "
                + (parquet ? "file_row_number + 1" : "cast(null as bigint)") + " as row_number";
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
        return types.get("week").equals("VARCHAR");
    }

    /** When the check found a faulty row or DuckDB could not read the file: the first faulty line, named. */
    RegisterProblem firstProblemOr(SQLException unreadable) throws IOException {
        if (!parquet) {
            Optional<RegisterProblem> found = CsvRegisterScan.firstProblem(input, check);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return new RegisterProblem(input.toString(), "kan ikke læses: "
                + CprShape.shown(firstLine(unreadable.getMessage())));
    }

    /**
     * The first faulty row in file order, with its line (CSV) or row number (Parquet) and what is wrong.
     * Runs only after a check has failed, so the fast path never pays for it.
     */
    RegisterProblem firstProblem() throws IOException, SQLException {
        if (!parquet) {
            return CsvRegisterScan.firstProblem(input, check)
                    .orElseGet(() -> new RegisterProblem(input.toString(), "indeholder en ugyldig række"));
        }
        // the same checks as the replay, over the file in its own order, with row numbers
        ArrowRows rows = new ArrowRows(rules, rates, municipalities, IsoWeek.parse("1900-W01").index(),
                IsoWeek.parse("2199-W52").index(), false);
        long faulty;
        try (Stream all = query("select person_id, week, cast(municipality_number as integer), benefit, amount_value,"
                + " row_number from source", List.of())) {
            rows.read(all.reader(), ArrowRows.Sink.NONE, n -> { });
            return new RegisterProblem(input.toString(), "indeholder en ugyldig række");
        } catch (ArrowRows.Faulty f) {
            faulty = f.rowNumber;
        }
        try (PreparedStatement p = connection.prepareStatement(
                "select person_id, week, municipality, benefit, amount from source where row_number = ?")) {
            p.setLong(1, faulty);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                RowCheck.Problem problem = check.check(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)).orElse(new RowCheck.Problem(null, "ugyldig række"));
                return new RegisterProblem(input.toString(), faulty, problem.field(), problem.message());
            }
        }
    }

    private static String firstLine(String message) {
        return message == null ? "ukendt fejl" : message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            connection.close();
            allocator.close();
        } finally {
            AtomicFile.deleteTree(spill);
        }
    }
}
