package dk.raaderum.economy.internal;

import dk.raaderum.platform.DanishFormat;

/**
 * What an effort is expected to do to a spell, as a distribution over how many of its last weeks it removes: index
 * {@code r} of {@link #removed(int)} is the chance that the spell's last {@code r} weeks are gone. Each outcome is
 * replayed through the refusion ledger and the results are weighed by their chance.
 */
sealed interface CaseEffect {

    /** The chances of removing 0, 1, …, {@code spellWeeks} weeks; they sum to 1. */
    double[] removed(int spellWeeks);

    /** The effect at {@code factor} times its size (sensitivity). */
    CaseEffect scaled(double factor);

    String danish();

    /** Every spell ends {@code weeks} weeks sooner (a spell shorter than that is gone entirely). */
    record Shorter(int weeks) implements CaseEffect {

        @Override
        public double[] removed(int spellWeeks) {
            double[] chance = new double[spellWeeks + 1];
            chance[Math.min(weeks, spellWeeks)] = 1;
            return chance;
        }

        @Override
        public CaseEffect scaled(double factor) {
            return new Shorter((int) Math.round(weeks * factor));
        }

        @Override
        public String danish() {
            return "forløbene bliver " + weeks + " uger kortere";
        }

    }

    /**
     * From the spell's week {@code fromWeek} on, {@code pp} percentage points more of those still on the benefit leave
     * it each week: week {@code fromWeek} is still paid, week {@code fromWeek + j} only with the chance
     * {@code (1 − pp/100)^j}. A spell no longer than {@code fromWeek} weeks is untouched.
     */
    record ExitRate(double pp, int fromWeek) implements CaseEffect {

        @Override
        public double[] removed(int spellWeeks) {
            double[] chance = new double[spellWeeks + 1];
            double h = pp / 100;
            double stays = 1;
            for (int lastPaid = fromWeek; lastPaid < spellWeeks; lastPaid++) {
                chance[spellWeeks - lastPaid] += stays * h;
                stays *= 1 - h;
            }
            chance[0] += stays;
            return chance;
        }

        @Override
        public CaseEffect scaled(double factor) {
            return new ExitRate(Math.min(100, pp * factor), fromWeek);
        }

        @Override
        public String danish() {
            return "afgangsraten er " + DanishFormat.number(pp, 1) + " procentpoint højere pr. uge fra forløbets uge "
                    + fromWeek;
        }

    }
}
