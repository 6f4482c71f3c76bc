package dk.raaderum.economy.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How last year's forecast hit: the forecast made as of {@code asOf} minus 12 months from the register up to then,
 * for the 12 months after, against what happened, per benefit group and in total, beside the naive forecast (the
 * same 12 months a year before). The error is on the 12 months' total municipal cost: |forecast − actual| / actual.
 */
final class BackTest {

    /** One group's back-test; the kroner are the register's persons times its weight. */
    record Hit(String group, double forecastDkk, double naiveDkk, double actualDkk) {

        double forecastError() {
            return Math.abs(forecastDkk - actualDkk) / actualDkk;
        }

        double naiveError() {
            return Math.abs(naiveDkk - actualDkk) / actualDkk;
        }

        boolean beatsNaive() {
            return forecastError() < naiveError();
        }
    }

    /** The forecast's origin month, and the hits (groups without cost in the 12 months are left out). */
    record Result(YearMonth origin, YearMonth last, List<Hit> hits) {

        Optional<Hit> total() {
            return hits.stream().filter(h -> h.group().equals(Groups.ALL)).findFirst();
        }
    }

    private BackTest() {
    }

    /** Empty when the register does not hold the 24 months up to {@code asOf} the back-test needs. */
    static Optional<Result> of(Histories histories, YearMonth asOf) {
        YearMonth origin = asOf.minusMonths(12);
        YearMonth naiveFrom = origin.minusMonths(11);
        if (WeekMonths.firstWeek(naiveFrom) < histories.firstWeek() || WeekMonths.lastWeek(asOf) > histories.lastWeek()) {
            return Optional.empty();
        }
        int originWeek = WeekMonths.lastWeek(origin);
        GroupWeeks forecast = Forecaster.forecast(histories, originWeek, WeekMonths.lastWeek(asOf) - originWeek);
        GroupWeeks observed = GroupWeeks.observed(histories, WeekMonths.firstWeek(naiveFrom), WeekMonths.lastWeek(asOf));
        YearMonth first = origin.plusMonths(1);
        List<Hit> hits = new ArrayList<>();
        for (int g = 0; g <= Groups.count(); g++) {
            double actual = observed.municipal(g, first, asOf) * histories.weight();
            if (actual > 0) {
                hits.add(new Hit(g == GroupWeeks.all() ? Groups.ALL : Groups.slug(g),
                        forecast.municipal(g, first, asOf) * histories.weight(),
                        observed.municipal(g, naiveFrom, origin) * histories.weight(), actual));
            }
        }
        return Optional.of(new Result(origin, asOf, hits));
    }
}
