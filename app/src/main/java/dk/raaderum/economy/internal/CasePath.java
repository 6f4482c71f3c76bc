package dk.raaderum.economy.internal;

import java.util.List;

import dk.raaderum.engine.PersonLedger;
import dk.raaderum.engine.RefusionTier;

/**
 * What the effect changes for one citizen starting a spell, week by week from the spell's start (the mean over the
 * group's spells): the municipal and state kroner saved, the person-weeks saved (and by the refusion tier they would
 * have been in), and the weeks on the spell without the effect. Each outcome of the effect removes a spell's last
 * weeks and the person's weeks are replayed through the ledger again, so the weeks after the spell (a later spell,
 * another benefit) get the counts and tiers they would then have had.
 */
record CasePath(double[] municipal, double[] state, double[] saved, double[][] savedByTier, double[] onSpell) {

    static CasePath mean(CaseEffect effect, List<CaseSpell> spells, int horizon) {
        CasePath path = new CasePath(new double[horizon], new double[horizon], new double[horizon],
                new double[horizon][5], new double[horizon]);
        double each = 1.0 / spells.size();
        for (CaseSpell spell : spells) {
            Replay base = replay(spell, 0);
            int startWeek = spell.person().week()[spell.start()];
            for (int i = spell.start(); i <= spell.end(); i++) {
                path.add(path.onSpell, spell.person().week()[i] - startWeek, each);
            }
            double[] chances = effect.removed(spell.weeks());
            for (int removed = 1; removed < chances.length; removed++) {
                if (chances[removed] > 0) {
                    path.addDifference(spell, startWeek, base, replay(spell, removed), each * chances[removed]);
                }
            }
        }
        return path;
    }

    int horizon() {
        return saved.length;
    }

    private void addDifference(CaseSpell spell, int startWeek, Replay base, Replay effect, double weight) {
        PersonHistory p = spell.person();
        for (int i = 0; i < p.size(); i++) {
            int t = p.week()[i] - startWeek;
            if (t < 0 || t >= horizon()) {
                continue;
            }
            municipal[t] += weight * (base.municipal[i] - effect.municipal[i]);
            state[t] += weight * (base.state[i] - effect.state[i]);
            if (effect.gone[i]) {
                saved[t] += weight;
                savedByTier[t][base.tier[i]] += weight;
            }
        }
    }

    private void add(double[] values, int t, double amount) {
        if (t >= 0 && t < horizon()) {
            values[t] += amount;
        }
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
