package dk.raaderum.economy.internal;

import java.time.YearMonth;

/**
 * The calendar year after {@code asOf}'s month: what happened in its months up to {@code asOf} plus the forecast for
 * the rest, per benefit group: municipal kroner and full-time persons (person-weeks over the year's weeks), times
 * the register's weight.
 */
record YearOutlook(int year, double[] municipalDkk, double[] fullTimePersons) {

    static YearOutlook of(Histories h, YearMonth asOf) {
        int year = asOf.plusMonths(1).getYear();
        YearMonth first = YearMonth.of(year, 1);
        YearMonth last = YearMonth.of(year, 12);
        int origin = WeekMonths.lastWeek(asOf);
        GroupWeeks forecast = Forecaster.forecast(h, origin, WeekMonths.lastWeek(last) - origin);
        GroupWeeks observed = origin < WeekMonths.firstWeek(first) ? GroupWeeks.empty(WeekMonths.firstWeek(first), 0)
                : GroupWeeks.observed(h, WeekMonths.firstWeek(first), origin);
        double weeks = WeekMonths.lastWeek(last) - WeekMonths.firstWeek(first) + 1;
        double[] kroner = new double[Groups.count() + 1];
        double[] persons = new double[Groups.count() + 1];
        for (int g = 0; g <= Groups.count(); g++) {
            kroner[g] = (observed.municipal(g, first, last) + forecast.municipal(g, first, last)) * h.weight();
            persons[g] = (observed.personWeeks(g, first, last) + forecast.personWeeks(g, first, last)) * h.weight() / weeks;
        }
        return new YearOutlook(year, kroner, persons);
    }

    /** The sum over the benefit groups' slugs. */
    BudgetGap against(double budgetDkk, Iterable<String> groups) {
        double kroner = 0;
        double persons = 0;
        for (String slug : groups) {
            int g = slug.equals(dk.raaderum.register.RegisterIndicator.ALL) ? GroupWeeks.all()
                    : Groups.index(slug).orElseThrow();
            kroner += municipalDkk[g];
            persons += fullTimePersons[g];
        }
        return new BudgetGap(budgetDkk, kroner, persons);
    }
}
