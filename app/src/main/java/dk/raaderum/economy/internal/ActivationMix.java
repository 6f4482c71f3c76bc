package dk.raaderum.economy.internal;

import java.util.List;

/**
 * The activation-mix scenario: a mix is the per cent of a group's activation in each effort type, and each type is
 * assumed to shorten a spell by some weeks. The mix's effect is the shares' weighted sum of those weeks; moving from
 * the current to a proposed mix shortens spells by the difference (never lengthens them here: a worse mix is reported
 * as 0 weeks shorter, with {@link Scenario#longer()}). Fractions of a week are priced between the whole weeks around
 * them, linearly.
 *
 * <p>The default effects are assumptions, not measured: Råderum has no effect study of its own. They follow the
 * general finding of Danish effect studies (STAR, Jobeffekter.dk) that company-based activation shortens spells
 * more than education and municipal projects in the short run; replace them with the municipality's own knowledge.
 */
final class ActivationMix {

    /** Per cent of activation in each type. */
    record Mix(double company, double education, double projects, double nytte) {

        double total() {
            return company + education + projects + nytte;
        }
    }

    /** Weeks shorter per spell for a citizen whose activation is all of one type. */
    record Effects(double company, double education, double projects, double nytte) {

        static final Effects ASSUMED = new Effects(6, 0, 1, 1);
    }

    record Scenario(double currentWeeks, double proposedWeeks, double weeksShorter, boolean longer, CaseResult result) {
    }

    private ActivationMix() {
    }

    static double weeks(Mix mix, Effects e) {
        return (mix.company() * e.company() + mix.education() * e.education() + mix.projects() * e.projects()
                + mix.nytte() * e.nytte()) / 100;
    }

    /** {@code citizens} citizens starting a spell; no cost of the effort itself (a change of mix, not of money). */
    static Scenario of(String group, Mix current, Mix proposed, Effects effects, int citizens, int years,
            List<CaseSpell> spells) {
        double now = weeks(current, effects);
        double then = weeks(proposed, effects);
        double shorter = Math.max(0, then - now);
        int floor = (int) Math.floor(shorter);
        double fraction = shorter - floor;
        CaseInput base = new CaseInput("Aktiveringsmiks", group, citizens, 0, 0, floor, years,
                CaseInput.DEFAULT_DISCOUNT_RATE);
        CaseResult low = BusinessCases.compute(base, spells);
        CaseResult result = fraction == 0 ? low : blend(low, BusinessCases.compute(base.withEffect(new CaseEffect.Shorter(floor + 1)), spells), fraction);
        return new Scenario(now, then, shorter, then < now, result);
    }

    private static CaseResult blend(CaseResult a, CaseResult b, double f) {
        List<CaseResult.Year> years = new java.util.ArrayList<>();
        for (int i = 0; i < a.years().size(); i++) {
            CaseResult.Year x = a.years().get(i);
            CaseResult.Year y = b.years().get(i);
            years.add(new CaseResult.Year(x.year(), mix(x.savedPersonWeeks(), y.savedPersonWeeks(), f),
                    mix(x.municipalSavingsDkk(), y.municipalSavingsDkk(), f), mix(x.stateSavingsDkk(), y.stateSavingsDkk(), f),
                    mix(x.costDkk(), y.costDkk(), f), mix(x.netDkk(), y.netDkk(), f)));
        }
        double[] tiers = new double[a.savedWeeksByTier().length];
        for (int t = 0; t < tiers.length; t++) {
            tiers[t] = mix(a.savedWeeksByTier()[t], b.savedWeeksByTier()[t], f);
        }
        return new CaseResult(years, null, mix(a.npvDkk(), b.npvDkk(), f), tiers, a.spells(), a.meanSpellWeeks(), a.citizens(),
                a.path());
    }

    private static double mix(double a, double b, double f) {
        return a + (b - a) * f;
    }
}
