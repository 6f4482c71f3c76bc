package dk.raaderum.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Gross monthly rates per benefit and year (spec § 4). A week without an amount costs
 * {@code monthly × 12 / 52} at the rate of the week's ISO week-year.
 */
public final class RateTable implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> HEADER = List.of("benefit", "year", "monthly_dkk");

    private final HashMap<String, Double> monthly = new HashMap<>();

    private RateTable() {
    }

    public static RateTable defaults() {
        try (InputStream in = RateTable.class.getResourceAsStream("rates-default.csv")) {
            return of(TableFile.read("rates-default.csv", in, HEADER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RateTable read(Path file) throws IOException {
        return of(TableFile.read(file, HEADER));
    }

    private static RateTable of(TableFile table) {
        RateTable rates = new RateTable();
        for (int i = 0; i < table.rows().size(); i++) {
            String[] row = table.rows().get(i);
            long line = i + 2;
            int year;
            double amount;
            try {
                year = Integer.parseInt(row[1].trim());
            } catch (NumberFormatException e) {
                throw new RegisterProblem(table.name(), line, "year", "'" + row[1] + "' er ikke et år");
            }
            try {
                amount = Double.parseDouble(row[2].trim());
            } catch (NumberFormatException e) {
                throw new RegisterProblem(table.name(), line, "monthly_dkk", "'" + row[2] + "' er ikke et tal");
            }
            if (amount < 0 || !Double.isFinite(amount)) {
                throw new RegisterProblem(table.name(), line, "monthly_dkk", "satsen må ikke være negativ");
            }
            rates.monthly.put(key(row[0].trim(), year), amount);
        }
        return rates;
    }

    /** The weekly amount for the benefit in the ISO week-year, if the table has a rate for it. */
    public OptionalDouble weekly(String benefit, int year) {
        Double rate = monthly.get(key(benefit, year));
        return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate * 12 / 52);
    }

    private static String key(String benefit, int year) {
        return benefit + "|" + year;
    }
}
