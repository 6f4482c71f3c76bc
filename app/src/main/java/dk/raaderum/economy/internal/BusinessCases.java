package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

import dk.raaderum.engine.PersonLedger;
import dk.raaderum.engine.RefusionTier;

/**
 * Computes a business case by replaying spells through the refusion ledger with and without the effect: with the
 * effect, a spell's last {@code effectWeeksShorter} weeks are gone, and the person's weeks are replayed again, so the
 * weeks after the spell (a later spell, another benefit) get the counts and tiers they would then have had. The
 * savings are the difference in municipal and state cost over the case's years from the spell's start, averaged over
 * the spells and multiplied by the citizens. The effort's weekly cost runs while the citizen is on the (shortened)
 * spell; the one-off cost falls in the first week. Year {@code k} is weeks {@code 52(k−1)}–{@code 52k−1} after the
 * start; its net is discounted by {@code (1 + r)^(k−1)} (the first year counts in today's kroner).
 */
final class BusinessCases {

    static final int WEEKS_PER_YEAR = 52;

    private BusinessCases() {
    }

    /** The spells must be non-empty and the input checked ({@link CaseCheck}). */
    static CaseResult compute(CaseInput input, List<CaseSpell> spells) {
        int horizon = input.years() * WEEKS_PER_YEAR;
        double[] municipal = new double[horizon];
        double[] state = new double[horizon];
        double[] savedWeeks = new double[horizon];
        double[] effortWeeks = new double[horizon];
        double[] byTier = new double[5];
        for (CaseSpell spell : spells) {
            int removed = Math.min(input.effectWeeksShorter(), spell.weeks());
            Replay base = replay(spell, 0);
            Replay effect = replay(spell, removed);
            int startWeek = spell.person().week()[spell.start()];
            for (int i = 0; i < spell.person().size(); i++) {
                int t = spell.person().week()[i] - startWeek;
                if (t < 0 || t >= horizon) {
                    continue;
                }
                municipal[t] += base.municipal[i] - effect.municipal[i];
                state[t] += base.state[i] - effect.state[i];
                if (effect.gone[i]) {
                    savedWeeks[t]++;
                    byTier[base.tier[i]]++;
                }
                if (i >= spell.start() && i <= spell.end() && !effect.gone[i]) {
                    effortWeeks[t]++;
                }
            }
        }
        double scale = (double) input.citizens() / spells.size();
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
                double weekCost = (t == 0 ? input.costOneOffDkk() : 0)
                        + effortWeeks[t] * scale * input.costPerCitizenWeekDkk();
                cumulative += municipal[t] * scale - weekCost;
                if (payback == null && spends && cumulative >= 0) {
                    payback = (int) Math.ceil((t + 1) * 12.0 / WEEKS_PER_YEAR);
                }
                weeks += savedWeeks[t] * scale;
                mun += municipal[t] * scale;
                st += state[t] * scale;
                cost += effortWeeks[t] * scale * input.costPerCitizenWeekDkk();
            }
            double net = mun - cost;
            npv += net / Math.pow(1 + input.discountRate(), k - 1);
            years.add(new CaseResult.Year(k, weeks, mun, st, cost, net));
        }
        for (int tier = 0; tier < byTier.length; tier++) {
            byTier[tier] *= scale;
        }
        double meanWeeks = spells.stream().mapToInt(CaseSpell::weeks).average().orElse(0);
        return new CaseResult(years, payback, npv, byTier, spells.size(), meanWeeks);
    }

    /** One replay of the person's weeks; {@code gone[i]} for the weeks the effect removes. */
    private record Replay(double[] municipal, double[] state, int[] tier, boolean[] gone) {
    }

    private static Replay replay(CaseSpell spell, int removed) {
        PersonHistory p = spell.person();
        double[] municipal = new double[p.size()];
        double[] state = new double[p.size()];
        int[] tier = new int[p.size()];
        boolean[] gone = new boolean[p.size()];
        PersonLedger ledger = new PersonLedger();
        ledger.startPerson();
        for (int i = 0; i < p.size(); i++) {
            if (i > spell.end() - removed && i <= spell.end()) {
                gone[i] = true;
                continue;
            }
            boolean covered = p.count()[i] > 0;
            tier[i] = ledger.nextTier(p.week()[i], covered);
            if (covered) {
                double share = RefusionTier.municipalShare(tier[i]);
                municipal[i] = p.gross()[i] * share;
                state[i] = p.gross()[i] * (1 - share);
            }
        }
        return new Replay(municipal, state, tier, gone);
    }
}
