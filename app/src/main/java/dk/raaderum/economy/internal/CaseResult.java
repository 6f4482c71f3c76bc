package dk.raaderum.economy.internal;

import java.util.List;

/**
 * A business case computed from the register's spells.
 *
 * @param paybackMonths the month in which the savings so far first reach the costs so far; null when they never do
 *                      within the years, or nothing is spent
 * @param savedWeeksByTier the saved person-weeks by refusion tier 1–4 (index 0: weeks not covered), all years
 * @param spells        how many spells of the group the case was replayed on
 * @param meanSpellWeeks their mean length (as far as the register follows them)
 * @param citizens      how many citizens the case covers (for the whole inflow: the spells the register expects)
 * @param path          the saved person-weeks and municipal kroner week by week from the case's start
 */
record CaseResult(List<Year> years, Integer paybackMonths, double npvDkk, double[] savedWeeksByTier, int spells,
        double meanSpellWeeks, double citizens, ExpectedPath path) {

    /** What the case expects to save in each week {@code t} after its start. */
    record ExpectedPath(double[] saved_person_weeks, double[] municipal_dkk) {
    }

    record Year(int year, double savedPersonWeeks, double municipalSavingsDkk, double stateSavingsDkk, double costDkk,
            double netDkk) {
    }

    double municipalSavings() {
        return years.stream().mapToDouble(Year::municipalSavingsDkk).sum();
    }

    double net() {
        return years.stream().mapToDouble(Year::netDkk).sum();
    }
}
