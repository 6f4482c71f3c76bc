package dk.raaderum.economy.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast in calendar quarters after {@code asOf}, per benefit group and in total, with a 90 % interval. The
 * first quarter is the one holding the month after {@code asOf}; its months up to {@code asOf} are what happened.
 * The interval's width comes from the register's own past forecasts: forecasts made 12, 15, 18, 21 and 24 months
 * before {@code asOf} are set against what happened, quarter by quarter after their origin; the root mean square of
 * the relative errors at each distance gives ±1.645 of it around the forecast (further out than any past forecast
 * reaches, the error grows with the square root of the distance). Without any past forecast, an assumed 10 % at
 * the first quarter is used ({@link Row#assumedInterval()}).
 */
final class QuarterForecast {

    static final double Z90 = 1.645;
    static final double ASSUMED_FIRST_QUARTER_ERROR = 0.10;
    private static final int[] PAST_ORIGINS = {12, 15, 18, 21, 24};

    /**
     * Kroner and full-time persons are for the whole population the register stands for (times its weight);
     * {@code byTierDkk[tier]} the municipal kroner in refusion tier 1-4 (index 0 unused), for {@link Groups#ALL} only.
     */
    record Row(String group, YearMonth firstMonth, double municipalDkk, double lowerDkk, double upperDkk,
            double fullTimePersons, boolean assumedInterval, double[] byTierDkk) {

        /** "2026-Q3". */
        String quarter() {
            return firstMonth.getYear() + "-Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1);
        }
    }

    private QuarterForecast() {
    }

    static YearMonth firstQuarter(YearMonth asOf) {
        YearMonth next = asOf.plusMonths(1);
        return YearMonth.of(next.getYear(), (next.getMonthValue() - 1) / 3 * 3 + 1);
    }

    static List<Row> rows(Histories histories, YearMonth asOf, int quarters) {
        YearMonth first = firstQuarter(asOf);
        YearMonth end = first.plusMonths(3L * quarters - 1);
        int origin = WeekMonths.lastWeek(asOf);
        GroupWeeks forecast = Forecaster.forecast(histories, origin, WeekMonths.lastWeek(end) - origin);
        GroupWeeks observed = GroupWeeks.observed(histories, WeekMonths.firstWeek(first), origin);
        double[][] errors = pastErrors(histories, asOf, quarters);
        double w = histories.weight();
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g <= Groups.count(); g++) {
            for (int q = 0; q < quarters; q++) {
                YearMonth from = first.plusMonths(3L * q);
                YearMonth to = from.plusMonths(2);
                double seen = observed.municipal(g, from, to) * w;
                double ahead = forecast.municipal(g, from, to) * w;
                double weeks = WeekMonths.lastWeek(to) - WeekMonths.firstWeek(from) + 1;
                double fullTime = (observed.personWeeks(g, from, to) + forecast.personWeeks(g, from, to)) * w / weeks;
                double error = errors[g][q];
                boolean assumed = Double.isNaN(error);
                if (assumed) {
                    error = ASSUMED_FIRST_QUARTER_ERROR * Math.sqrt(q + 1);
                }
                double[] tiers = null;
                if (g == GroupWeeks.all()) {
                    tiers = new double[5];
                    for (int tier = 1; tier < tiers.length; tier++) {
                        tiers[tier] = (observed.municipalInTier(tier, from, to) + forecast.municipalInTier(tier, from, to)) * w;
                    }
                }
                rows.add(new Row(g == GroupWeeks.all() ? Groups.ALL : Groups.slug(g), from, seen + ahead,
                        seen + Math.max(0, ahead * (1 - Z90 * error)), seen + ahead * (1 + Z90 * error), fullTime,
                        assumed, tiers));
            }
        }
        return rows;
    }

    /** [group][quarter after the origin]: the root mean square relative error of past forecasts, NaN if none. */
    static double[][] pastErrors(Histories histories, YearMonth asOf, int quarters) {
        int groups = Groups.count() + 1;
        double[][] squares = new double[groups][quarters];
        int[][] n = new int[groups][quarters];
        for (int monthsBack : PAST_ORIGINS) {
            YearMonth origin = asOf.minusMonths(monthsBack);
            int originWeek = WeekMonths.lastWeek(origin);
            if (originWeek - histories.firstWeek() < 52) {
                continue;
            }
            int reach = Math.min(quarters, monthsBack / 3);
            YearMonth end = origin.plusMonths(3L * reach);
            GroupWeeks past = Forecaster.forecast(histories, originWeek, WeekMonths.lastWeek(end) - originWeek);
            GroupWeeks actual = GroupWeeks.observed(histories, originWeek + 1, WeekMonths.lastWeek(end));
            for (int g = 0; g < groups; g++) {
                for (int q = 0; q < reach; q++) {
                    YearMonth from = origin.plusMonths(3L * q + 1);
                    YearMonth to = from.plusMonths(2);
                    double a = actual.municipal(g, from, to);
                    if (a > 0) {
                        double e = (past.municipal(g, from, to) - a) / a;
                        squares[g][q] += e * e;
                        n[g][q]++;
                    }
                }
            }
        }
        double[][] rms = new double[groups][quarters];
        for (int g = 0; g < groups; g++) {
            int lastKnown = -1;
            for (int q = 0; q < quarters; q++) {
                if (n[g][q] > 0) {
                    rms[g][q] = Math.sqrt(squares[g][q] / n[g][q]);
                    lastKnown = q;
                } else {
                    rms[g][q] = lastKnown < 0 ? Double.NaN
                            : rms[g][lastKnown] * Math.sqrt((q + 1.0) / (lastKnown + 1.0));
                }
            }
        }
        return rms;
    }
}
