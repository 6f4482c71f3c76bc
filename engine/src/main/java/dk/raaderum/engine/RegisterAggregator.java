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
    private final MonthlyCell[][] cells = new MonthlyCell[CODES][];

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
        int month = weekFirstMonth[w];
        int inFirst = weekDaysInFirstMonth[w];
        MonthlyCell[] byCell = cells[municipality];
        if (byCell == null) {
            byCell = cells[municipality] = new MonthlyCell[months * benefits];
        }
        boolean priced = Double.isNaN(amount);
        book(byCell, month, benefit, inFirst, tier, amount, priced, weekYearSlotFirst[w]);
        if (inFirst < 5) {
            book(byCell, month + 1, benefit, 5 - inFirst, tier, amount, priced, weekYearSlotSecond[w]);
        }
    }

    private void book(MonthlyCell[] byCell, int month, int benefit, int weekdays, int tier, double amount,
            boolean priced, int yearSlot) {
        int index = month * benefits + benefit;
        MonthlyCell cell = byCell[index];
        if (cell == null) {
            cell = byCell[index] = new MonthlyCell(0, 0, 0);
        }
        cell.weekdays[tier] += weekdays;
        if (priced) {
            cell.pricedWeekdays[tier * MonthlyCell.YEAR_SLOTS + yearSlot] += weekdays;
        } else {
            cell.addAmount(tier, amount * weekdays);
        }
    }

    /** The partial sums, one cell per municipality, month (index, see {@link MonthSplit}) and benefit. */
    public List<MonthlyCell> cells() {
        List<MonthlyCell> all = new ArrayList<>();
        for (int code = 0; code < CODES; code++) {
            MonthlyCell[] byCell = cells[code];
            if (byCell == null) {
                continue;
            }
            for (int i = 0; i < byCell.length; i++) {
                if (byCell[i] != null) {
                    all.add(byCell[i].at(code, firstMonth + i / benefits, i % benefits));
                }
            }
        }
        return all;
    }

    /** Adds another aggregator's partial sums (over other persons) to this one. */
    public void add(MonthlyCell other) {
        MonthlyCell[] byCell = cells[other.municipality()];
        if (byCell == null) {
            byCell = cells[other.municipality()] = new MonthlyCell[months * benefits];
        }
        int index = (other.month() - firstMonth) * benefits + other.benefit();
        if (byCell[index] == null) {
            byCell[index] = new MonthlyCell(0, 0, 0);
        }
        byCell[index].addAll(other);
    }

    /** The aggregate rows, sorted by municipality, month and benefit code. */
    public List<MonthlyRow> rows() {
        List<MonthlyRow> rows = new ArrayList<>();
        List<BenefitRule> byCode = new ArrayList<>(rules.all());
        byCode.sort(Comparator.comparing(BenefitRule::code));
        for (int code = 0; code < CODES; code++) {
            MonthlyCell[] byCell = cells[code];
            if (byCell == null) {
                continue;
            }
            for (int m = 0; m < months; m++) {
                int weekdaysInMonth = MonthSplit.weekdays(firstMonth + m);
                for (BenefitRule rule : byCode) {
                    MonthlyCell cell = byCell[m * benefits + rule.index()];
                    if (cell != null && cell.allWeekdays() > 0) {
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
