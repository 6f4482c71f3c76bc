package dk.raaderum.economy.internal;

import java.time.YearMonth;

import dk.raaderum.engine.IsoWeek;

/** A week belongs to the month of its Thursday (as the register's events do); the weeks of a month follow. */
final class WeekMonths {

    private WeekMonths() {
    }

    static YearMonth month(int week) {
        return YearMonth.from(IsoWeek.ofIndex(week).monday().plusDays(3));
    }

    /** The first week whose Thursday lies in the month. */
    static int firstWeek(YearMonth month) {
        // the Thursday of the week with index i is epoch day 7 i (see IsoWeek.mondayEpochDay)
        return (int) Math.floorDiv(month.atDay(1).toEpochDay() + 6, 7);
    }

    /** The last week whose Thursday lies in the month. */
    static int lastWeek(YearMonth month) {
        return firstWeek(month.plusMonths(1)) - 1;
    }
}
