package dk.raaderum.economy.internal;

import java.util.List;

/**
 * The expected municipal cost after refusion and person-weeks per benefit group for the weeks after {@code origin},
 * using only the register up to {@code origin}: the persons on a group at the origin go on with the exit rates of
 * their spell's duration, their ledger count rising a week at a time (so they move up the refusion staircase);
 * new spells start at the season's rate and follow the same exit rates from their first week, starting with the ledger
 * counts and amounts that new spells had over the estimation window. Amounts follow the rate table's regulation from
 * the origin's year ({@link RateGrowth}).
 */
final class Forecaster {

    /** How far back exit rates and inflow are estimated: two years, or what the register holds before the origin. */
    static final int WINDOW_WEEKS = 104;

    private Forecaster() {
    }

    static GroupWeeks forecast(Histories histories, int origin, int weeks) {
        int from = Math.max(histories.firstWeek(), origin - WINDOW_WEEKS + 1);
        ExitRates exits = ExitRates.estimate(histories, from, origin - 1);
        Inflow inflow = Inflow.estimate(histories, from, origin);
        double[][] growth = growth(origin, weeks);
        GroupWeeks path = GroupWeeks.empty(origin + 1, weeks);
        stock(histories, origin, weeks, exits, growth, path);
        for (int g = 0; g < Groups.count(); g++) {
            newSpells(g, origin, weeks, exits, inflow, growth, path);
        }
        return path;
    }

    /** [benefit][k]: the rate regulation from the origin to week origin + k. */
    private static double[][] growth(int origin, int weeks) {
        RateGrowth rates = new RateGrowth(origin);
        int benefits = dk.raaderum.engine.RulesTable.defaults().size();
        double[][] growth = new double[benefits][weeks + 1];
        for (int b = 0; b < benefits; b++) {
            for (int k = 0; k <= weeks; k++) {
                growth[b][k] = rates.factor(b, origin + k);
            }
        }
        return growth;
    }

    /** The persons on a group in the origin week, each carried forward with the chance of still being on it. */
    private static void stock(Histories histories, int origin, int weeks, ExitRates exits, double[][] growth,
            GroupWeeks path) {
        for (PersonHistory p : histories.persons()) {
            int duration = 0;
            for (int i = 0; i < p.size() && p.week()[i] <= origin; i++) {
                duration = p.continues(i) ? duration + 1 : 1;
                if (p.week()[i] == origin && p.here()[i]) {
                    int group = p.group()[i];
                    int count = p.count()[i];
                    double alive = 1;
                    for (int k = 1; k <= weeks; k++) {
                        alive *= 1 - exits.exit(group, duration + k - 1);
                        double gross = p.gross()[i] * growth[p.benefit()[i]][k];
                        int later = count == 0 ? 0 : count + k;
                        path.add(group, origin + k, alive * Refusion.municipal(gross, later), alive,
                                Refusion.tier(later));
                    }
                }
            }
        }
    }

    private static void newSpells(int group, int origin, int weeks, ExitRates exits, Inflow inflow,
            double[][] growth, GroupWeeks path) {
        List<Inflow.Start> starts = inflow.starts(group);
        if (starts.isEmpty()) {
            return;
        }
        // survival of one new spell by its age in weeks, and its mean municipal cost at that age by tier and benefit
        int benefits = growth.length;
        boolean[] used = new boolean[benefits];
        starts.forEach(start -> used[start.benefit()] = true);
        double[] survival = new double[weeks];
        double[][][] cost = new double[5][benefits][weeks];
        double alive = 1;
        for (int age = 0; age < weeks; age++) {
            if (age > 0) {
                alive *= 1 - exits.exit(group, age);
            }
            survival[age] = alive;
            for (Inflow.Start start : starts) {
                int count = start.count() == 0 ? 0 : start.count() + age;
                cost[Refusion.tier(count)][start.benefit()][age] += Refusion.municipal(start.gross(), count)
                        / starts.size();
            }
        }
        for (int j = 1; j <= weeks; j++) {
            double spells = inflow.perWeek(group, origin + j);
            for (int age = 0; j + age <= weeks; age++) {
                double kroner = 0;
                for (int tier = 1; tier < cost.length; tier++) {
                    double inTier = 0;
                    for (int b = 0; b < benefits; b++) {
                        inTier += used[b] ? cost[tier][b][age] * growth[b][j + age] : 0;
                    }
                    path.addTier(tier, origin + j + age, spells * survival[age] * inTier);
                    kroner += inTier;
                }
                path.add(group, origin + j + age, spells * survival[age] * kroner, spells * survival[age]);
            }
        }
    }
}
