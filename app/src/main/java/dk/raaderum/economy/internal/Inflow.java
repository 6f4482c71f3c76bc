package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * New spells per benefit group by season: the average number of spells starting in a week of each calendar month over
 * the weeks {@code from}–{@code to}, and how the new spells started (their ledger count and weekly amount at the first
 * week), so their future tiers follow the register's own mix of first-time and returning persons.
 */
final class Inflow {

    /** The ledger count and gross weekly amount at a new spell's first week. */
    record Start(int benefit, int count, double gross) {
    }

    private final double[][] perWeek; // [group][month 0-11]
    private final List<List<Start>> starts;

    private Inflow(double[][] perWeek, List<List<Start>> starts) {
        this.perWeek = perWeek;
        this.starts = starts;
    }

    static Inflow estimate(Histories histories, int from, int to) {
        int groups = Groups.count();
        double[][] spells = new double[groups][12];
        List<List<Start>> starts = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            starts.add(new ArrayList<>());
        }
        int first = Math.max(from, histories.firstWeek() + 1); // a spell in the register's first week may be older
        for (PersonHistory p : histories.persons()) {
            for (int i = 0; i < p.size(); i++) {
                int week = p.week()[i];
                if (week < first || week > to || !p.here()[i] || p.continues(i)) {
                    continue;
                }
                int g = p.group()[i];
                spells[g][WeekMonths.month(week).getMonthValue() - 1]++;
                starts.get(g).add(new Start(p.benefit()[i], p.count()[i], p.gross()[i]));
            }
        }
        double[] weeksInMonth = new double[12];
        for (int week = first; week <= to; week++) {
            weeksInMonth[WeekMonths.month(week).getMonthValue() - 1]++;
        }
        double[][] perWeek = new double[groups][12];
        for (int g = 0; g < groups; g++) {
            for (int m = 0; m < 12; m++) {
                perWeek[g][m] = weeksInMonth[m] == 0 ? 0 : spells[g][m] / weeksInMonth[m];
            }
        }
        return new Inflow(perWeek, starts);
    }

    /** The expected number of spells of the group starting in the week. */
    double perWeek(int group, int week) {
        return perWeek[group][WeekMonths.month(week).getMonthValue() - 1];
    }

    List<Start> starts(int group) {
        return starts.get(group);
    }
}
