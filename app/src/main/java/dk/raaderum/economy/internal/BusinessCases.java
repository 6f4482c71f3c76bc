package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes a business case from the group's spells ({@link CasePath}): the citizens start their spells in the weeks
 * {@code starts} gives (all in the first week, or spread like the register's inflow for the whole inflow), and the
 * savings in a week of the case are scaled by the share of the full effect reached in that year. The effort's weekly
 * cost runs while a citizen is on the (shortened) spell; the one-off cost falls in the first week. Year {@code k} is
 * weeks {@code 52(k−1)}–{@code 52k−1} after the start; its net is discounted by {@code (1 + r)^(k−1)} (the first year
 * counts in today's kroner).
 */
final class BusinessCases {

    static final int WEEKS_PER_YEAR = 52;

    private BusinessCases() {
    }

    /** The case's citizens all start in its first week. The spells must be non-empty and the input checked. */
    static CaseResult compute(CaseInput input, List<CaseSpell> spells) {
        double[] starts = new double[input.years() * WEEKS_PER_YEAR];
        starts[0] = input.citizens();
        return compute(input, spells, starts);
    }

    /** {@code starts[s]}: how many citizens start a spell in the case's week {@code s}. */
    static CaseResult compute(CaseInput input, List<CaseSpell> spells, double[] starts) {
        return compute(input, spells, starts, path(input, spells));
    }

    /** One spell's saving, week by week, under the input's effect and years: the replay through the ledger. */
    static CasePath path(CaseInput input, List<CaseSpell> spells) {
        return CasePath.mean(input.effect(), spells, input.years() * WEEKS_PER_YEAR);
    }

    /** As above, on the {@link #path} already replayed for the input's effect and years (costs and rate may differ). */
    static CaseResult compute(CaseInput input, List<CaseSpell> spells, double[] starts, CasePath one) {
        int horizon = input.years() * WEEKS_PER_YEAR;
        double[] municipal = new double[horizon];
        double[] state = new double[horizon];
        double[] saved = new double[horizon];
        double[] effortWeeks = new double[horizon];
        double[] byTier = new double[5];
        for (int t = 0; t < horizon; t++) {
            double share = input.share(t / WEEKS_PER_YEAR + 1);
            for (int s = 0; s <= t; s++) {
                double n = starts[s];
                if (n == 0) {
                    continue;
                }
                int u = t - s;
                municipal[t] += n * share * one.municipal()[u];
                state[t] += n * share * one.state()[u];
                saved[t] += n * share * one.saved()[u];
                effortWeeks[t] += n * (one.onSpell()[u] - share * one.saved()[u]);
                for (int tier = 0; tier < byTier.length; tier++) {
                    byTier[tier] += n * share * one.savedByTier()[u][tier];
                }
            }
        }
        double citizens = 0;
        for (double n : starts) {
            citizens += n;
        }
        double meanWeeks = spells.stream().mapToInt(CaseSpell::weeks).average().orElse(0);
        return years(input, municipal, state, saved, effortWeeks, byTier, spells.size(), meanWeeks, citizens);
    }

    private static CaseResult years(CaseInput input, double[] municipal, double[] state, double[] saved,
            double[] effortWeeks, double[] byTier, int spells, double meanWeeks, double citizens) {
        List<CaseResult.Year> years = new ArrayList<>();
        double npv = 0;
        double cumulative = 0;
        Integer payback = null;
        boolean spends = input.costOneOffDkk() > 0 || input.costPerCitizenWeekDkk() > 0;
        for (int k = 1; k <= input.years(); k++) {
            double weeks = 0;
            double mun = 0;
            double st = 0;
            double cost = k == 1 ? input.costOneOffDkk() : 0;
            for (int t = (k - 1) * WEEKS_PER_YEAR; t < k * WEEKS_PER_YEAR; t++) {
                double weekCost = effortWeeks[t] * input.costPerCitizenWeekDkk();
                cumulative += municipal[t] - weekCost - (t == 0 ? input.costOneOffDkk() : 0);
                if (payback == null && spends && cumulative >= 0) {
                    payback = (int) Math.ceil((t + 1) * 12.0 / WEEKS_PER_YEAR);
                }
                weeks += saved[t];
                mun += municipal[t];
                st += state[t];
                cost += weekCost;
            }
            double net = mun - cost;
            npv += net / Math.pow(1 + input.discountRate(), k - 1);
            years.add(new CaseResult.Year(k, weeks, mun, st, cost, net));
        }
        return new CaseResult(years, payback, npv, byTier, spells, meanWeeks, citizens,
                new CaseResult.ExpectedPath(saved, municipal));
    }
}
