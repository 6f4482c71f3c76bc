package dk.raaderum.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sums kept person-weeks, each with the tier the ledger gave it, per municipality, month and benefit
 * (spec § 5). {@link RegisterReplay} feeds it; partial aggregators (one per thread or Spark partition) are
 * added together with {@link #add(MonthlyCell)}.
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

    // the run of rate-priced weeks not booked yet: a week's run key is its month and year slot, NO_RUN for a
    // week split over two months (booked at once)
    private static final int NO_RUN = -1;
    private static final int NOTHING_PENDING = -2; // never a week's run key
    private final int[] weekRunKey;
    private int[] pendingCounts;
    private int pendingTierAt;
    private int pendingPricedAt;
    private int pendingWeekKey = NOTHING_PENDING;
    private int pendingMunicipality;
    private int pendingBenefit;
    private int pendingTier;
    private int pendingWeekdays;

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
        this.weekRunKey = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            int month = MonthSplit.firstMonth(firstWeek + w);
            int isoYear = IsoWeek.ofIndex(firstWeek + w).year();
            weekFirstMonth[w] = month - firstMonth;
            weekDaysInFirstMonth[w] = MonthSplit.weekdaysInFirstMonth(firstWeek + w);
            weekYearSlotFirst[w] = isoYear - month / 12 + 1;
            weekYearSlotSecond[w] = isoYear - (month + 1) / 12 + 1;
            weekRunKey[w] = weekDaysInFirstMonth[w] < 5 ? NO_RUN
                    : weekFirstMonth[w] * MonthlyCell.YEAR_SLOTS + weekYearSlotFirst[w];
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
        // a person's run of rate-priced weeks within one month, municipality, benefit and tier adds to the
        // same two counters: those weekdays are summed here and booked when the run ends. Kept small so that
        // the compiler inlines it into the replay.
        if (weekRunKey[w] == pendingWeekKey && municipality == pendingMunicipality && benefit == pendingBenefit
                && tier == pendingTier && Double.isNaN(amount)) {
            pendingWeekdays += 5;
            return;
        }
        book(w, municipality, benefit, amount, tier);
    }

    private void book(int w, int municipality, int benefit, double amount, int tier) {
        boolean priced = Double.isNaN(amount);
        int month = weekFirstMonth[w];
        int inFirst = weekDaysInFirstMonth[w];
        int[] c = counts[municipality];
        if (c == null) {
            c = allocate(municipality);
        }
        int cell = benefit * months + month; // a benefit's months side by side: a person's next month is near
        if (priced) {
            bookPending();
            if (inFirst < 5) {
                int at = cell * COUNTS;
                c[at + tier] += inFirst;
                c[at + 5 + tier * MonthlyCell.YEAR_SLOTS + weekYearSlotFirst[w]] += inFirst;
                at += COUNTS; // the same benefit in the next month
                c[at + tier] += 5 - inFirst;
                c[at + 5 + tier * MonthlyCell.YEAR_SLOTS + weekYearSlotSecond[w]] += 5 - inFirst;
            } else {
                pendingCounts = c;
                pendingTierAt = cell * COUNTS + tier;
                pendingPricedAt = cell * COUNTS + 5 + tier * MonthlyCell.YEAR_SLOTS + weekYearSlotFirst[w];
                pendingWeekKey = weekRunKey[w];
                pendingMunicipality = municipality;
                pendingBenefit = benefit;
                pendingTier = tier;
                pendingWeekdays = 5;
            }
        } else {
            double[] a = amounts[municipality];
            c[cell * COUNTS + tier] += inFirst;
            addAmount(a, cell * AMOUNTS + tier, amount * inFirst);
            if (inFirst < 5) {
                cell++;
                c[cell * COUNTS + tier] += 5 - inFirst;
                addAmount(a, cell * AMOUNTS + tier, amount * (5 - inFirst));
            }
        }
    }

    /** Books the weekdays of the pending run of rate-priced weeks. */
    private void bookPending() {
        if (pendingCounts != null) {
            pendingCounts[pendingTierAt] += pendingWeekdays;
            pendingCounts[pendingPricedAt] += pendingWeekdays;
            pendingCounts = null;
            pendingWeekKey = NOTHING_PENDING;
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
        for (int code = 0; code < CODES; code++) {
            if (counts[code] == null) {
                continue;
            }
            for (int m = 0; m < months; m++) {
                int weekdaysInMonth = MonthSplit.weekdays(firstMonth + m);
                for (BenefitRule rule : byCode) {
                    MonthlyCell cell = cell(code, rule.index() * months + m);
                    if (cell.allWeekdays() > 0) {
                        rows.add(row(code, m, rule, cell, weekdaysInMonth));
                    }
                }
            }
        }
        return rows;
    }

    private MonthlyRow row(int code, int m, BenefitRule rule, MonthlyCell cell, int weekdaysInMonth) {
        double gross = 0;
        double municipal = 0;
        double state = 0;
        for (int tier = 0; tier <= 4; tier++) {
            double tierGross = cell.amount(tier);
            for (int slot = 0; slot < MonthlyCell.YEAR_SLOTS; slot++) {
                long days = cell.pricedWeekdays[tier * MonthlyCell.YEAR_SLOTS + slot];
                if (days > 0) {
                    tierGross += days * weeklyRate(rule, monthYear[m] + slot - 1);
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
        return new MonthlyRow(code, MonthSplit.label(firstMonth + m), rule.code(), all / 5.0,
                all / (double) weekdaysInMonth, gross, municipal, state, cell.weekdays[1] / 5.0,
                cell.weekdays[2] / 5.0, cell.weekdays[3] / 5.0, cell.weekdays[4] / 5.0);
    }

    private double weeklyRate(BenefitRule rule, int year) {
        return rates.weekly(rule.code(), year).orElseThrow(() -> new IllegalStateException(
                "no rate for " + rule.code() + " in " + year + "; the register's checks should have refused it"));
    }
}
