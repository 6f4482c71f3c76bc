package dk.raaderum.economy.internal;

import dk.raaderum.engine.BenefitRule;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RulesTable;

/**
 * How a benefit's weekly amount grows from one ISO week-year to another in the default rate table (the yearly
 * regulation): a forecast week's amount is the person's last amount times this. Without a rate for either year, 1.
 */
final class RateGrowth {

    private static final int FIRST_YEAR = 1990;
    private static final int YEARS = 120;
    private static final double[][] WEEKLY; // [benefit][year - FIRST_YEAR], NaN without a rate

    static {
        RateTable rates = RateTable.defaults();
        RulesTable rules = RulesTable.defaults();
        WEEKLY = new double[rules.size()][YEARS];
        for (BenefitRule rule : rules.all()) {
            for (int y = 0; y < YEARS; y++) {
                WEEKLY[rule.index()][y] = rates.weekly(rule.code(), FIRST_YEAR + y).orElse(Double.NaN);
            }
        }
    }

    private final int fromYear;

    /** From the ISO week-year of {@code fromWeek}. */
    RateGrowth(int fromWeek) {
        this.fromYear = IsoWeek.ofIndex(fromWeek).year();
    }

    /** The factor from the origin's year to the year of {@code week}. */
    double factor(int benefit, int week) {
        int to = IsoWeek.ofIndex(week).year();
        if (to == fromYear) {
            return 1;
        }
        double a = rate(benefit, fromYear);
        double b = rate(benefit, to);
        return Double.isNaN(a) || Double.isNaN(b) || a <= 0 ? 1 : b / a;
    }

    private static double rate(int benefit, int year) {
        int y = year - FIRST_YEAR;
        return y < 0 || y >= YEARS ? Double.NaN : WEEKLY[benefit][y];
    }
}
