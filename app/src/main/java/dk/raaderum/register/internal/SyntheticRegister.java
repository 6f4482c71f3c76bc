package dk.raaderum.register.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.RateTable;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.GenerateRequest;

/**
 * A synthetic national weekly register: persons spread over the 98 municipalities by population, each
 * following {@link BenefitChain} with entry rates calibrated per municipality to {@link BenefitLevels},
 * varying vulnerability between persons (so re-entries cluster), seasonal unemployment, moves between
 * municipalities and a mix of rows with and without amounts. The same arguments give the same bytes.
 */
public final class SyntheticRegister {

    private static final double MOVE_PER_WEEK = 0.0004;   // about 2 % move municipality in a year
    private static final double VULNERABILITY_SIGMA = 0.7;

    private final BenefitChain chain = new BenefitChain();
    private final RateTable rates = RateTable.defaults();

    public void generate(GenerateRequest request, Progress progress) throws IOException, SQLException {
        Map<Integer, Integer> populations = ReferenceMunicipalities.populations();
        Map<Integer, BenefitLevels.Level> levels = BenefitLevels.calibrated();
        int[] codes = populations.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] cumulative = new double[codes.length];
        double total = 0;
        double[][] entry = new double[codes.length][];
        double[][] stationaryCumulative = new double[codes.length][];
        for (int i = 0; i < codes.length; i++) {
            total += populations.get(codes[i]);
            cumulative[i] = total;
            entry[i] = chain.entryRates(levels.get(codes[i]).shares());
            double[] pi = chain.stationary(entry[i]);
            stationaryCumulative[i] = new double[pi.length];
            double c = 0;
            for (int s = 0; s < pi.length; s++) {
                c += pi[s];
                stationaryCumulative[i][s] = c;
            }
        }
        for (int i = 0; i < codes.length; i++) {
            cumulative[i] /= total;
        }
        int first = request.from().index();
        int weeks = request.to().index() - first + 1;
        String[] weekText = new String[weeks];
        int[] weekOfYear = new int[weeks];
        int[] weekYear = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            IsoWeek week = IsoWeek.ofIndex(first + w);
            weekText[w] = week.toString();
            weekOfYear[w] = week.week();
            weekYear[w] = week.year();
        }
        String idFormat = "P%0" + Math.max(7, Integer.toString(request.persons()).length()) + "d";

        try (RowWriter out = RowWriter.forPath(request.output())) {
            progress.begin("Danner personer", request.persons());
            for (int person = 1; person <= request.persons(); person++) {
                SplittableRandom random = new SplittableRandom(request.seed() * 0x9E3779B97F4A7C15L + person);
                String id = String.format(idFormat, person);
                int municipality = pick(cumulative, random.nextDouble());
                double vulnerability = Math.exp(random.nextGaussian() * VULNERABILITY_SIGMA
                        - VULNERABILITY_SIGMA * VULNERABILITY_SIGMA / 2);
                double sicknessPay = random.nextDouble() < 0.5 ? 0.55 + 0.45 * random.nextDouble() : 0;
                double dagpengePay = random.nextDouble() < 0.3 ? 0.7 + 0.29 * random.nextDouble() : 0;
                int state = pick(stationaryCumulative[municipality], random.nextDouble());
                for (int w = 0; w < weeks; w++) {
                    if (state != BenefitChain.SELF_SUPPORT) {
                        String benefit = BenefitChain.STATES.get(state);
                        double pay = state == 1 ? sicknessPay : state == 2 ? dagpengePay : 0;
                        out.write(id, weekText[w], codes[municipality], benefit, amount(benefit, weekYear[w], pay));
                    }
                    if (random.nextDouble() < MOVE_PER_WEEK) {
                        municipality = pick(cumulative, random.nextDouble());
                    }
                    state = next(state, entry[municipality], vulnerability, weekOfYear[w], random);
                }
                progress.advance(1);
            }
            progress.end();
            out.commit();
        }
    }

    private int next(int state, double[] entry, double vulnerability, int weekOfYear, SplittableRandom random) {
        double r = random.nextDouble();
        if (state == BenefitChain.SELF_SUPPORT) {
            double season = 1 + 0.25 * Math.cos(2 * Math.PI * (weekOfYear - 3) / 52.0);
            double cumulative = 0;
            for (int s = 1; s < entry.length; s++) {
                double rate = entry[s] * vulnerability * (s == 2 || s == 3 ? season : 1);
                cumulative += rate;
                if (r < cumulative) {
                    return s;
                }
            }
            return BenefitChain.SELF_SUPPORT;
        }
        if (r >= chain.exitProbability[state]) {
            return state;
        }
        return pick(chain.nextCumulative[state], random.nextDouble());
    }

    /** Null (the rate table applies) unless the person is paid below the rate, or the year has no rate. */
    private Double amount(String benefit, int year, double pay) {
        var weekly = rates.weekly(benefit, year);
        if (weekly.isPresent() && pay == 0) {
            return null;
        }
        double base = weekly.isPresent() ? weekly.getAsDouble() : nearestRate(benefit, year);
        return Math.round(base * (pay == 0 ? 1 : pay) * 100) / 100.0;
    }

    private double nearestRate(String benefit, int year) {
        for (int distance = 1; distance < 100; distance++) {
            for (int y : new int[] {year - distance, year + distance}) {
                var weekly = rates.weekly(benefit, y);
                if (weekly.isPresent()) {
                    return weekly.getAsDouble() * Math.pow(1.025, year - y);
                }
            }
        }
        return 0;
    }

    private static int pick(double[] cumulative, double r) {
        int i = Arrays.binarySearch(cumulative, r);
        int index = i >= 0 ? i + 1 : -i - 1;
        return Math.min(index, cumulative.length - 1);
    }

    /** CSV with Java's own writer, or Parquet through DuckDB; both appear only when complete. */
    abstract static class RowWriter implements AutoCloseable {

        @Override
        public abstract void close() throws IOException, SQLException;

        static RowWriter forPath(Path output) throws IOException, SQLException {
            return output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")
                    ? new ParquetRows(output) : new CsvRows(output);
        }

        abstract void write(String person, String week, int municipality, String benefit, Double amount)
                throws IOException, SQLException;

        abstract void commit() throws IOException, SQLException;
    }

    private static final class CsvRows extends RowWriter {
        private final AtomicFile file;
        private final BufferedWriter out;

        CsvRows(Path output) throws IOException {
            file = new AtomicFile(output);
            out = file.writer();
            out.write("person_id;week;municipality;benefit;amount\n");
        }

        @Override
        void write(String person, String week, int municipality, String benefit, Double amount) throws IOException {
            out.write(person);
            out.write(';');
            out.write(week);
            out.write(';');
            out.write(Integer.toString(municipality));
            out.write(';');
            out.write(benefit);
            out.write(';');
            if (amount != null) {
                out.write(String.format(Locale.ROOT, "%.2f", amount));
            }
            out.write('\n');
        }

        @Override
        void commit() throws IOException {
            file.commit();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    private static final class ParquetRows extends RowWriter {
        private final Path target;
        private final Path folder;
        private final Path temporary;
        private final Connection connection;
        private final DuckDBAppender appender;

        ParquetRows(Path output) throws IOException, SQLException {
            target = output.toAbsolutePath();
            folder = AtomicFile.temporaryFolderFor(target);
            temporary = folder.resolve("register.parquet");
            connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = connection.createStatement()) {
                s.execute("set preserve_insertion_order = true");
                s.execute("create table register (person_id varchar, week varchar, municipality smallint, "
                        + "benefit varchar, amount double)");
            }
            appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "register");
        }

        @Override
        void write(String person, String week, int municipality, String benefit, Double amount) throws SQLException {
            appender.beginRow();
            appender.append(person);
            appender.append(week);
            appender.append((short) municipality);
            appender.append(benefit);
            if (amount == null) {
                appender.appendNull();
            } else {
                appender.append(amount.doubleValue());
            }
            appender.endRow();
        }

        @Override
        void commit() throws IOException, SQLException {
            appender.close();
            try (PreparedStatement copy = connection.prepareStatement(
                    "copy register to '" + temporary.toString().replace("'", "''") + "' (format parquet, compression zstd)")) {
                copy.execute();
            }
            AtomicFile.commitFrom(temporary, target);
        }

        @Override
        public void close() throws SQLException, IOException {
            connection.close();
            AtomicFile.deleteTree(folder);
        }
    }
}
