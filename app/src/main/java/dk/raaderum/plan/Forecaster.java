package dk.raaderum.plan;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;

import dk.raaderum.statistics.LeastSquares;
import dk.raaderum.statistics.Regression;

/**
 * Forecasts a monthly series to a later month: a straight-line trend over the last {@link #WINDOW} months plus,
 * when there are two years of data covering every calendar month, one term per calendar month (the season).
 * The interval is the model's prediction interval at {@link #LEVEL}: forecast ± t · √(s² (1 + x₀ᵀ(XᵀX)⁻¹x₀)).
 */
public final class Forecaster {

    public static final double LEVEL = 0.80;
    public static final int WINDOW = 36;
    public static final int MIN_MONTHS = 6;
    static final int SEASONAL_MONTHS = 24;

    private Forecaster() {
    }

    /** The forecast for {@code target}, or empty with fewer than {@link #MIN_MONTHS} values in the window. */
    public static Optional<Forecast> forecast(List<MonthlyValue> series, YearMonth target) {
        List<MonthlyValue> known = series.stream().filter(v -> v.value() != null).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        YearMonth last = known.get(known.size() - 1).month();
        YearMonth first = last.minusMonths(WINDOW - 1L);
        List<MonthlyValue> window = known.stream().filter(v -> !v.month().isBefore(first)).toList();
        if (window.size() < MIN_MONTHS) {
            return Optional.empty();
        }
        boolean seasonal = window.size() >= SEASONAL_MONTHS
                && window.stream().map(v -> v.month().getMonthValue()).distinct().count() == 12;
        double[][] x = new double[window.size()][];
        double[] y = new double[window.size()];
        for (int i = 0; i < window.size(); i++) {
            x[i] = row(first, window.get(i).month(), seasonal);
            y[i] = window.get(i).value();
        }
        List<String> names = new ArrayList<>(List.of("trend"));
        for (int m = 2; seasonal && m <= 12; m++) {
            names.add("måned " + m);
        }
        Regression fit = LeastSquares.fit(x, y, names);
        double[] x0 = row(first, target, seasonal);
        double expected = fit.predict(x0);
        double t = new TDistribution(fit.residualDegrees()).inverseCumulativeProbability(0.5 + LEVEL / 2);
        double half = t * Math.sqrt(Math.max(0, fit.residualVariance()) * (1 + fit.leverage(x0)));
        return Optional.of(new Forecast(target, expected, expected - half, expected + half, seasonal, window.size()));
    }

    private static double[] row(YearMonth first, YearMonth month, boolean seasonal) {
        double[] row = new double[seasonal ? 12 : 1];
        row[0] = ChronoUnit.MONTHS.between(first, month);
        if (seasonal && month.getMonthValue() > 1) {
            row[month.getMonthValue() - 1] = 1;
        }
        return row;
    }
}
