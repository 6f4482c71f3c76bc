package dk.raaderum.economy.internal;

/**
 * When a case's citizens start their spells, week by week from the case's first week: all at once, or for the whole
 * inflow the spells the register's own inflow expects (the mean of its last two years per calendar month, times the
 * register's weight), in the weeks after the register ends.
 */
final class CaseStarts {

    private CaseStarts() {
    }

    static double[] of(CaseInput input, Histories h) {
        double[] starts = new double[input.years() * BusinessCases.WEEKS_PER_YEAR];
        if (!input.wholeInflow()) {
            starts[0] = input.citizens();
            return starts;
        }
        int group = Groups.index(input.group()).getAsInt();
        Inflow inflow = Inflow.estimate(h, h.lastWeek() - Forecaster.WINDOW_WEEKS + 1, h.lastWeek());
        for (int s = 0; s < starts.length; s++) {
            starts[s] = inflow.perWeek(group, h.lastWeek() + 1 + s) * h.weight();
        }
        return starts;
    }
}
