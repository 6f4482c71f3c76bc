package dk.raaderum.engine;

import java.io.Serializable;

/**
 * The partial sums of one municipality, month and benefit: weekdays per tier (0 = not covered), weekdays of
 * rate-priced weeks per tier and ISO week-year, and kroner × weekdays of weeks with an explicit amount per
 * tier. Partial cells over disjoint sets of persons add up to the cell of them all, which is how threads and
 * Spark partitions are combined.
 */
public final class MonthlyCell implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A month's weeks belong to the ISO week-year before, of, or after the month's calendar year. */
    static final int YEAR_SLOTS = 3;

    private final int municipality;
    private final int month;
    private final int benefit;
    final long[] weekdays;
    final long[] pricedWeekdays;
    final double[] amounts;
    final double[] compensation;

    MonthlyCell(int municipality, int month, int benefit) {
        this(municipality, month, benefit, new long[5], new long[5 * YEAR_SLOTS], new double[5], new double[5]);
    }

    private MonthlyCell(int municipality, int month, int benefit, long[] weekdays, long[] pricedWeekdays,
            double[] amounts, double[] compensation) {
        this.municipality = municipality;
        this.month = month;
        this.benefit = benefit;
        this.weekdays = weekdays;
        this.pricedWeekdays = pricedWeekdays;
        this.amounts = amounts;
        this.compensation = compensation;
    }

    public int municipality() {
        return municipality;
    }

    /** The month as {@code year * 12 + month - 1}. */
    public int month() {
        return month;
    }

    /** The benefit's index in the rules table. */
    public int benefit() {
        return benefit;
    }

    /** A key that orders and groups cells: municipality, month, benefit. */
    public long key() {
        return ((long) municipality << 40) | ((long) month << 8) | benefit;
    }

    long allWeekdays() {
        return weekdays[0] + weekdays[1] + weekdays[2] + weekdays[3] + weekdays[4];
    }

    /** Σ amount × weekdays of the tier's weeks with an explicit amount. */
    double amount(int tier) {
        return amounts[tier] + compensation[tier];
    }

    /** Neumaier's compensated summation: the running error is kept apart and added at the end. */
    void addAmount(int tier, double x) {
        double sum = amounts[tier];
        double t = sum + x;
        compensation[tier] += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        amounts[tier] = t;
    }

    void addAll(MonthlyCell other) {
        for (int i = 0; i < weekdays.length; i++) {
            weekdays[i] += other.weekdays[i];
            addAmount(i, other.amounts[i]);
            compensation[i] += other.compensation[i];
        }
        for (int i = 0; i < pricedWeekdays.length; i++) {
            pricedWeekdays[i] += other.pricedWeekdays[i];
        }
    }

    /** This cell's sums as a new cell with the given key. */
    MonthlyCell at(int municipality, int month, int benefit) {
        return new MonthlyCell(municipality, month, benefit, weekdays.clone(), pricedWeekdays.clone(),
                amounts.clone(), compensation.clone());
    }

    /** The sum of two partial cells with the same key (for Spark's reduce). */
    public MonthlyCell plus(MonthlyCell other) {
        if (other.key() != key()) {
            throw new IllegalArgumentException("cells of different municipality, month or benefit");
        }
        MonthlyCell sum = at(municipality, month, benefit);
        sum.addAll(other);
        return sum;
    }
}
