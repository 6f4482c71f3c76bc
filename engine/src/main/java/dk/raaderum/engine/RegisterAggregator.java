package dk.raaderum.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays person-weeks through the ledger and sums them per municipality, month and benefit (spec § 5).
 * Feed it each person's kept weeks in time order, calling {@link #startPerson()} between persons.
 *
 * <p>Weekday fractions are kept as whole weekdays and kroner as compensated sums, so the totals do not
 * depend on the order of the input beyond the order the ledger needs.
 */
public final class RegisterAggregator {

    private static final int DAYS = 5;    // weekdays: all, tier 1..4
    private static final int SUMS = 6;    // gross, municipal, state, each as sum + compensation
    private static final int CODES = 1000;

    private final RulesTable rules;
    private final int firstWeek;
    private final int firstMonth;
    private final int months;
    private final int benefits;
    private final int[] weekFirstMonth;
    private final int[] weekDaysInFirstMonth;
    private final boolean[] covered;
    private final double[] share = new double[5];
    private final long[][] days = new long[CODES][];
    private final double[][] sums = new double[CODES][];
    private final PersonLedger ledger = new PersonLedger();

    /** Weeks outside {@code firstWeek..lastWeek} (indices) are refused. */
    public RegisterAggregator(RulesTable rules, int firstWeek, int lastWeek) {
        this.rules = rules;
        this.firstWeek = firstWeek;
        this.benefits = rules.size();
        this.firstMonth = MonthSplit.firstMonth(firstWeek);
        this.months = MonthSplit.firstMonth(lastWeek) - firstMonth + 2;
        int weeks = lastWeek - firstWeek + 1;
        this.weekFirstMonth = new int[weeks];
        this.weekDaysInFirstMonth = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            weekFirstMonth[w] = MonthSplit.firstMonth(firstWeek + w) - firstMonth;
            weekDaysInFirstMonth[w] = MonthSplit.weekdaysInFirstMonth(firstWeek + w);
        }
        this.covered = new boolean[benefits];
        for (BenefitRule rule : rules.all()) {
            covered[rule.index()] = rule.scheme().covered();
        }
        for (int tier = 1; tier <= 4; tier++) {
            share[tier] = RefusionTier.municipalShare(tier);
        }
    }

    public void startPerson() {
        ledger.startPerson();
    }

    /**
     * Adds one kept person-week and returns its tier (0 when not covered); the ledger's count is
     * {@link #lastCount()}.
     */
    public int add(int week, int municipality, int benefit, double amount) {
        boolean isCovered = covered[benefit];
        int tier = ledger.nextTier(week, isCovered);
        int w = week - firstWeek;
        int month = weekFirstMonth[w];
        int inFirst = weekDaysInFirstMonth[w];
        long[] d = days[municipality];
        double[] s = sums[municipality];
        if (d == null) {
            d = days[municipality] = new long[months * benefits * DAYS];
            s = sums[municipality] = new double[months * benefits * SUMS];
        }
        double municipalShare = isCovered ? share[tier] : 0;
        book(d, s, month, benefit, inFirst, tier, amount, municipalShare, isCovered);
        if (inFirst < 5) {
            book(d, s, month + 1, benefit, 5 - inFirst, tier, amount, municipalShare, isCovered);
        }
        return tier;
    }

    /** The ledger count of the week last added (0 when it was not covered). */
    public int lastCount() {
        return ledger.count();
    }

    private void book(long[] d, double[] s, int month, int benefit, int weekdays, int tier, double amount,
            double municipalShare, boolean isCovered) {
        int cell = month * benefits + benefit;
        int di = cell * DAYS;
        d[di] += weekdays;
        if (tier > 0) {
            d[di + tier] += weekdays;
        }
        int si = cell * SUMS;
        double gross = amount * weekdays;
        add(s, si, gross);
        if (isCovered) {
            double municipal = gross * municipalShare;
            add(s, si + 2, municipal);
            add(s, si + 4, gross - municipal);
        }
    }

    /** Neumaier's compensated summation: the running error is kept in the next slot. */
    private static void add(double[] s, int i, double x) {
        double sum = s[i];
        double t = sum + x;
        s[i + 1] += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        s[i] = t;
    }

    /** The aggregate rows, sorted by municipality, month and benefit code. */
    public List<MonthlyRow> rows() {
        List<MonthlyRow> rows = new ArrayList<>();
        List<BenefitRule> byCode = new ArrayList<>(rules.all());
        byCode.sort(Comparator.comparing(BenefitRule::code));
        for (int code = 0; code < CODES; code++) {
            long[] d = days[code];
            if (d == null) {
                continue;
            }
            double[] s = sums[code];
            for (int m = 0; m < months; m++) {
                int weekdaysInMonth = MonthSplit.weekdays(firstMonth + m);
                for (BenefitRule rule : byCode) {
                    int cell = m * benefits + rule.index();
                    long all = d[cell * DAYS];
                    if (all == 0) {
                        continue;
                    }
                    int si = cell * SUMS;
                    rows.add(new MonthlyRow(code, MonthSplit.label(firstMonth + m), rule.code(), all / 5.0,
                            all / (double) weekdaysInMonth, (s[si] + s[si + 1]) / 5, (s[si + 2] + s[si + 3]) / 5,
                            (s[si + 4] + s[si + 5]) / 5, d[cell * DAYS + 1] / 5.0, d[cell * DAYS + 2] / 5.0,
                            d[cell * DAYS + 3] / 5.0, d[cell * DAYS + 4] / 5.0));
                }
            }
        }
        return rows;
    }
}
