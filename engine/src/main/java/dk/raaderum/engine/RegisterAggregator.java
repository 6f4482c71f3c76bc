package dk.raaderum.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sums kept person-weeks, each with the tier the ledger gave it, per municipality, month and benefit
 * (spec § 5). {@link RegisterReplay} feeds it; partial aggregators (one per thread or Spark partition) are
 * added together with {@link #addAll} (or cell by cell with {@link #add(MonthlyCell)}).
 *
 * <p>Weekday fractions are counted as whole weekdays. A week priced by the rate table adds only to an integer
 * count of weekdays per tier and ISO week-year, and is multiplied by the rate at the end, so the sums of
 * rate-priced weeks are exact and independent of order; explicit amounts are summed with Neumaier's
 * compensated summation.
 */
public final class RegisterAggregator {

    private static final int CODES = 1000;

    private final RulesTable rules;
    private final RateTable rates;
    private final int firstWeek;
    private final int firstMonth;
    private final int months;
    private final int benefits;
    private final int[] weekFirstMonth;
    private final int[] weekDaysInFirstMonth;
    private final int[] weekYearSlotFirst;   // ISO week-year of the week relative to the first month's year, + 1
    private final int[] weekYearSlotSecond;  // the same for the week's second month
    private final int[] monthYear;
    // per municipality code, per cell (month × benefit): COUNTS ints (weekdays per tier, then rate-priced
    // weekdays per tier and year slot) and AMOUNTS doubles (amount × weekdays per tier, then compensations)
    private static final int COUNTS = 5 + 5 * MonthlyCell.YEAR_SLOTS;
    private static final int AMOUNTS = 10;
    private final int[][] counts = new int[CODES][];
    private final double[][] amounts = new double[CODES][];

    // the run of consecutive rate-priced weeks of one municipality, benefit and tier not booked yet (week
    // indices relative to the first week): its weekdays are put in their months and year slots when it ends
    private static final int NOTHING_PENDING = Integer.MIN_VALUE; // never a week's index, nor one next to it
    private int[] pendingCounts;
    private int pendingFirst;
    private int pendingNext = NOTHING_PENDING;
    private int pendingMunicipality;
    private int pendingBenefit;
    private int pendingTier;

    /** Weeks outside {@code firstWeek..lastWeek} (indices) are refused. */
    public RegisterAggregator(RulesTable rules, RateTable rates, int firstWeek, int lastWeek) {
        this.rules = rules;
        this.rates = rates;
        this.firstWeek = firstWeek;
        this.benefits = rules.size();
        this.firstMonth = MonthSplit.firstMonth(firstWeek);
        this.months = MonthSplit.firstMonth(lastWeek) - firstMonth + 2;
        int weeks = lastWeek - firstWeek + 1;
        this.weekFirstMonth = new int[weeks];
        this.weekDaysInFirstMonth = new int[weeks];
        this.weekYearSlotFirst = new int[weeks];
        this.weekYearSlotSecond = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            int month = MonthSplit.firstMonth(firstWeek + w);
            int isoYear = IsoWeek.ofIndex(firstWeek + w).year();
            weekFirstMonth[w] = month - firstMonth;
            weekDaysInFirstMonth[w] = MonthSplit.weekdaysInFirstMonth(firstWeek + w);
            weekYearSlotFirst[w] = isoYear - month / 12 + 1;
            weekYearSlotSecond[w] = isoYear - (month + 1) / 12 + 1;
        }
        this.monthYear = new int[months];
        for (int m = 0; m < months; m++) {
            monthYear[m] = (firstMonth + m) / 12;
        }
    }

    /**
     * Books one kept person-week. {@code amount} is the week's gross amount, or NaN when the rate table
     * prices it; {@code tier} is 0 for a week that is not covered.
     */
    public void add(int week, int municipality, int benefit, double amount, int tier) {
        int w = week - firstWeek;
        // a person's run of rate-priced weeks in one municipality, benefit and tier is booked when it ends, so a
        // week of it costs one comparison. Kept small so that the compiler inlines it into the replay.
        if (w == pendingNext && w < weekFirstMonth.length && municipality == pendingMunicipality
                && benefit == pendingBenefit && tier == pendingTier && Double.isNaN(amount)) {
            pendingNext++;
            return;
        }
        book(w, municipality, benefit, amount, tier);
    }

    private void book(int w, int municipality, int benefit, double amount, int tier) {
        if (w < 0 || w >= weekFirstMonth.length) {
            throw new IllegalArgumentException("week " + IsoWeek.ofIndex(w + firstWeek) + " is outside the aggregate's weeks");
        }
        int[] c = counts[municipality];
        if (c == null) {
            c = allocate(municipality);
        }
        if (Double.isNaN(amount)) {
            bookPending();
            pendingCounts = c;
            pendingFirst = w;
            pendingNext = w + 1;
            pendingMunicipality = municipality;
            pendingBenefit = benefit;
            pendingTier = tier;
            return;
        }
        int inFirst = weekDaysInFirstMonth[w];
        int cell = benefit * months + weekFirstMonth[w]; // a benefit's months side by side: the next month is near
        double[] a = amounts[municipality];
        c[cell * COUNTS + tier] += inFirst;
        addAmount(a, cell * AMOUNTS + tier, amount * inFirst);
        if (inFirst < 5) {
            cell++;
            c[cell * COUNTS + tier] += 5 - inFirst;
            addAmount(a, cell * AMOUNTS + tier, amount * (5 - inFirst));
        }
    }

    /**
     * Books the pending run: its weeks' weekdays summed per month and ISO week-year (a week split over two months
     * gives each its part), each sum added to the cell's weekdays of the tier and its rate-priced weekdays.
     */
    private void bookPending() {
        if (pendingNext == NOTHING_PENDING) {
            return;
        }
        int[] c = pendingCounts;
        int benefitCells = pendingBenefit * months;
        int key = -1; // month * YEAR_SLOTS + year slot of the weekdays being summed
        int weekdays = 0;
        for (int w = pendingFirst; w < pendingNext; w++) {
            int month = weekFirstMonth[w];
            int inFirst = weekDaysInFirstMonth[w];
            int first = month * MonthlyCell.YEAR_SLOTS + weekYearSlotFirst[w];
            if (first != key) {
                bookRunPart(c, benefitCells, key, weekdays);
                key = first;
                weekdays = 0;
            }
            weekdays += inFirst;
            if (inFirst < 5) {
                bookRunPart(c, benefitCells, key, weekdays);
                key = (month + 1) * MonthlyCell.YEAR_SLOTS + weekYearSlotSecond[w];
                weekdays = 5 - inFirst;
            }
        }
        bookRunPart(c, benefitCells, key, weekdays);
        pendingNext = NOTHING_PENDING;
    }

    private void bookRunPart(int[] c, int benefitCells, int key, int weekdays) {
        if (weekdays > 0) {
            int at = (benefitCells + key / MonthlyCell.YEAR_SLOTS) * COUNTS;
            c[at + pendingTier] += weekdays;
            c[at + 5 + pendingTier * MonthlyCell.YEAR_SLOTS + key % MonthlyCell.YEAR_SLOTS] += weekdays;
        }
    }

    private int[] allocate(int municipality) {
        amounts[municipality] = new double[months * benefits * AMOUNTS];
        return counts[municipality] = new int[months * benefits * COUNTS];
    }

    /** Neumaier's compensated summation: the running error is kept 5 places on. */
    private static void addAmount(double[] a, int i, double x) {
        double sum = a[i];
        double t = sum + x;
        a[i + 5] += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        a[i] = t;
    }

    /** The partial sums, one cell per municipality, month (index, see {@link MonthSplit}) and benefit. */
    public List<MonthlyCell> cells() {
        bookPending();
        List<MonthlyCell> all = new ArrayList<>();
        for (int code = 0; code < CODES; code++) {
            if (counts[code] == null) {
                continue;
            }
            for (int cell = 0; cell < months * benefits; cell++) {
                MonthlyCell c = cell(code, cell);
                if (c.allWeekdays() > 0) {
                    all.add(c);
                }
            }
        }
        return all;
    }

    private MonthlyCell cell(int code, int cell) {
        MonthlyCell c = new MonthlyCell(code, firstMonth + cell % months, cell / months);
        int[] n = counts[code];
        double[] a = amounts[code];
        for (int tier = 0; tier < 5; tier++) {
            c.weekdays[tier] = n[cell * COUNTS + tier];
            c.amounts[tier] = a[cell * AMOUNTS + tier];
            c.compensation[tier] = a[cell * AMOUNTS + 5 + tier];
        }
        for (int i = 0; i < 5 * MonthlyCell.YEAR_SLOTS; i++) {
            c.pricedWeekdays[i] = n[cell * COUNTS + 5 + i];
        }
        return c;
    }

    /** Adds another aggregator's partial sums (over other persons) to this one. */
    public void add(MonthlyCell other) {
        int code = other.municipality();
        if (counts[code] == null) {
            allocate(code);
        }
        int cell = other.benefit() * months + other.month() - firstMonth;
        int[] n = counts[code];
        double[] a = amounts[code];
        for (int tier = 0; tier < 5; tier++) {
            n[cell * COUNTS + tier] = Math.addExact(n[cell * COUNTS + tier], (int) other.weekdays[tier]);
            addAmount(a, cell * AMOUNTS + tier, other.amounts[tier]);
            a[cell * AMOUNTS + 5 + tier] += other.compensation[tier];
        }
        for (int i = 0; i < 5 * MonthlyCell.YEAR_SLOTS; i++) {
            n[cell * COUNTS + 5 + i] = Math.addExact(n[cell * COUNTS + 5 + i], (int) other.pricedWeekdays[i]);
        }
    }

    /** The aggregate rows, sorted by municipality, month and benefit code. */
    public List<MonthlyRow> rows() {
        bookPending();
        List<MonthlyRow> rows = new ArrayList<>();
        List<BenefitRule> byCode = new ArrayList<>(rules.all());
        byCode.sort(Comparator.comparing(BenefitRule::code));
        String[] monthLabels = new String[months];
        int[] weekdaysInMonth = new int[months];
        for (int m = 0; m < months; m++) {
            monthLabels[m] = MonthSplit.label(firstMonth + m);
            weekdaysInMonth[m] = MonthSplit.weekdays(firstMonth + m);
        }
        double[][] weeklyRates = weeklyRates();
        for (int code = 0; code < CODES; code++) {
            if (counts[code] == null) {
                continue;
            }
            for (int m = 0; m < months; m++) {
                for (BenefitRule rule : byCode) {
                    int cell = rule.index() * months + m;
                    if (hasWeekdays(counts[code], cell)) {
                        rows.add(row(code, monthLabels[m], rule, cell(code, cell), weekdaysInMonth[m],
                                weeklyRates[rule.index()], monthYear[m] - monthYear[0]));
                    }
                }
            }
        }
        return rows;
    }

    private static boolean hasWeekdays(int[] counts, int cell) {
        int at = cell * COUNTS;
        return (long) counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3] + counts[at + 4] > 0;
    }

    /**
     * Weekly rates per benefit and year, from the year before the first month's to the year after the last
     * month's (a month's weeks may belong to either neighbouring ISO week-year); NaN where the table has none.
     */
    private double[][] weeklyRates() {
        double[][] weekly = new double[benefits][monthYear[months - 1] - monthYear[0] + MonthlyCell.YEAR_SLOTS];
        for (BenefitRule rule : rules.all()) {
            for (int slot = 0; slot < weekly[rule.index()].length; slot++) {
                weekly[rule.index()][slot] = rates.weekly(rule.code(), monthYear[0] - 1 + slot).orElse(Double.NaN);
            }
        }
        return weekly;
    }

    /** Adds another aggregator's partial sums over other persons and the same weeks. */
    public void addAll(RegisterAggregator other) {
        if (other.firstMonth != firstMonth || other.months != months || other.benefits != benefits) {
            throw new IllegalArgumentException("aggregators over different months or benefits");
        }
        other.cells().forEach(this::add);
    }

    private MonthlyRow row(int code, String month, BenefitRule rule, MonthlyCell cell, int weekdaysInMonth,
            double[] weeklyRates, int yearOffset) {
        double gross = 0;
        double municipal = 0;
        double state = 0;
        for (int tier = 0; tier <= 4; tier++) {
            double tierGross = cell.amount(tier);
            for (int slot = 0; slot < MonthlyCell.YEAR_SLOTS; slot++) {
                long days = cell.pricedWeekdays[tier * MonthlyCell.YEAR_SLOTS + slot];
                if (days > 0) {
                    tierGross += days * weeklyRate(rule, weeklyRates, yearOffset + slot);
                }
            }
            tierGross /= 5;
            gross += tierGross;
            if (tier > 0) {
                double share = RefusionTier.municipalShare(tier);
                municipal += tierGross * share;
                state += tierGross * (1 - share);
            }
        }
        long all = cell.allWeekdays();
        return new MonthlyRow(code, month, rule.code(), all / 5.0,
                all / (double) weekdaysInMonth, gross, municipal, state, cell.weekdays[1] / 5.0,
                cell.weekdays[2] / 5.0, cell.weekdays[3] / 5.0, cell.weekdays[4] / 5.0);
    }

    /** The rate of {@code rates[slot]} (slot 0 = the year before the first month's). */
    private double weeklyRate(BenefitRule rule, double[] rates, int slot) {
        double rate = rates[slot];
        if (Double.isNaN(rate)) {
            throw new IllegalStateException("no rate for " + rule.code() + " in " + (monthYear[0] - 1 + slot)
                    + "; the register's checks should have refused it");
        }
        return rate;
    }
}
