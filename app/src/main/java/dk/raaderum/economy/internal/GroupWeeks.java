package dk.raaderum.economy.internal;

import java.time.YearMonth;

/**
 * Municipal kroner after refusion and person-weeks per benefit group and week, from {@code fromWeek} on, for the
 * persons the register holds (not yet multiplied by its weight). Index {@link Groups#count()} is every group together;
 * {@code byTier[tier]} is every group's municipal kroner in a refusion tier (1-4; 0 is not covered and costs nothing).
 */
record GroupWeeks(int fromWeek, double[][] municipal, double[][] personWeeks, double[][] byTier) {

    static GroupWeeks empty(int fromWeek, int weeks) {
        return new GroupWeeks(fromWeek, new double[Groups.count() + 1][weeks], new double[Groups.count() + 1][weeks],
                new double[5][weeks]);
    }

    /** Adds the week's kroner and persons of a group, all in one refusion tier. */
    void add(int group, int week, double municipalDkk, double persons, int tier) {
        add(group, week, municipalDkk, persons);
        addTier(tier, week, municipalDkk);
    }

    /** Adds kroner to a tier only (the group's total is added with {@link #add(int, int, double, double)}). */
    void addTier(int tier, int week, double municipalDkk) {
        int w = week - fromWeek;
        if (w >= 0 && w < weeks()) {
            byTier[tier][w] += municipalDkk;
        }
    }

    double municipalInTier(int tier, YearMonth from, YearMonth to) {
        return sum(byTier[tier], from, to);
    }

    int weeks() {
        return municipal[0].length;
    }

    static int all() {
        return Groups.count();
    }

    void add(int group, int week, double municipalDkk, double persons) {
        int w = week - fromWeek;
        if (w < 0 || w >= weeks()) {
            return;
        }
        municipal[group][w] += municipalDkk;
        personWeeks[group][w] += persons;
        municipal[all()][w] += municipalDkk;
        personWeeks[all()][w] += persons;
    }

    /** The municipal kroner of the group in the months {@code from}–{@code to} (weeks by their Thursday). */
    double municipal(int group, YearMonth from, YearMonth to) {
        return sum(municipal[group], from, to);
    }

    double personWeeks(int group, YearMonth from, YearMonth to) {
        return sum(personWeeks[group], from, to);
    }

    /** Whether every week of the months lies in this path. */
    boolean covers(YearMonth from, YearMonth to) {
        return WeekMonths.firstWeek(from) >= fromWeek && WeekMonths.lastWeek(to) < fromWeek + weeks();
    }

    private double sum(double[] values, YearMonth from, YearMonth to) {
        double total = 0;
        for (int week = WeekMonths.firstWeek(from); week <= WeekMonths.lastWeek(to); week++) {
            int w = week - fromWeek;
            if (w >= 0 && w < values.length) {
                total += values[w];
            }
        }
        return total;
    }

    /** What happened: the kept weeks of the persons in the municipality, week by week. */
    static GroupWeeks observed(Histories histories, int fromWeek, int toWeek) {
        GroupWeeks observed = empty(fromWeek, toWeek - fromWeek + 1);
        for (PersonHistory p : histories.persons()) {
            for (int i = 0; i < p.size(); i++) {
                if (p.here()[i]) {
                    observed.add(p.group()[i], p.week()[i], Refusion.municipal(p.gross()[i], p.count()[i]), 1,
                            Refusion.tier(p.count()[i]));
                }
            }
        }
        return observed;
    }
}
