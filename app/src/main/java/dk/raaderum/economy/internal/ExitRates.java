package dk.raaderum.economy.internal;

/**
 * The weekly chance that a spell on a benefit group ends, by how long it has lasted, estimated from the weeks
 * {@code from}–{@code to} of the register: of the person-weeks in a duration band, the share not followed by a week
 * on the same group in the municipality. A thin band leans on the group's overall rate (as if it had
 * {@link #PRIOR_WEEKS} more person-weeks at that rate), so a few spells do not make a band's rate 0 or 1.
 */
final class ExitRates {

    static final int PRIOR_WEEKS = 20;
    private static final int[] BAND_ENDS = {1, 2, 3, 4, 8, 13, 26, 39, 52, 78, 104, 156};

    private final double[][] rate; // [group][band]

    private ExitRates(double[][] rate) {
        this.rate = rate;
    }

    static int band(int duration) {
        for (int b = 0; b < BAND_ENDS.length; b++) {
            if (duration <= BAND_ENDS[b]) {
                return b;
            }
        }
        return BAND_ENDS.length;
    }

    /** Estimated from the weeks {@code from}–{@code to}; a week counts when the week after it is known ({@code to < last}). */
    static ExitRates estimate(Histories histories, int from, int to) {
        int groups = Groups.count();
        int bands = BAND_ENDS.length + 1;
        double[][] atRisk = new double[groups][bands];
        double[][] exits = new double[groups][bands];
        for (PersonHistory p : histories.persons()) {
            int duration = 0;
            for (int i = 0; i < p.size(); i++) {
                duration = p.continues(i) ? duration + 1 : 1;
                int week = p.week()[i];
                if (!p.here()[i] || week < from || week > to) {
                    continue;
                }
                int g = p.group()[i];
                int b = band(duration);
                atRisk[g][b]++;
                if (!p.staysAfter(i)) {
                    exits[g][b]++;
                }
            }
        }
        double[][] rate = new double[groups][bands];
        for (int g = 0; g < groups; g++) {
            double risk = 0;
            double out = 0;
            for (int b = 0; b < bands; b++) {
                risk += atRisk[g][b];
                out += exits[g][b];
            }
            double overall = risk == 0 ? 0 : out / risk;
            for (int b = 0; b < bands; b++) {
                rate[g][b] = (exits[g][b] + PRIOR_WEEKS * overall) / (atRisk[g][b] + PRIOR_WEEKS);
            }
        }
        return new ExitRates(rate);
    }

    /** The chance that a spell of the group that has lasted {@code duration} weeks has ended by the next week. */
    double exit(int group, int duration) {
        return rate[group][band(duration)];
    }
}
