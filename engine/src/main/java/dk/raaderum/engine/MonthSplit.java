package dk.raaderum.engine;

import java.time.LocalDate;

/**
 * Splits a week over calendar months by weekdays: week w gives month m the fraction
 * (Monday–Friday days of w in m) / 5. Months are numbered {@code year * 12 + month - 1}.
 */
public final class MonthSplit {

    private MonthSplit() {
    }

    /** The month of the week's Monday. */
    public static int firstMonth(int weekIndex) {
        LocalDate monday = LocalDate.ofEpochDay(IsoWeek.mondayEpochDay(weekIndex));
        return monday.getYear() * 12 + monday.getMonthValue() - 1;
    }

    /**
     * How many of the week's five weekdays fall in its first month (5 when the week's weekdays all fall
     * in one month); the rest fall in the next month.
     */
    public static int weekdaysInFirstMonth(int weekIndex) {
        LocalDate monday = LocalDate.ofEpochDay(IsoWeek.mondayEpochDay(weekIndex));
        int remaining = monday.lengthOfMonth() - monday.getDayOfMonth() + 1;
        return Math.min(5, remaining);
    }

    /** Monday–Friday days in the month. */
    public static int weekdays(int month) {
        LocalDate first = LocalDate.of(month / 12, month % 12 + 1, 1);
        int count = 0;
        for (LocalDate d = first; d.getMonthValue() == first.getMonthValue(); d = d.plusDays(1)) {
            count += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
        }
        return count;
    }

    public static String label(int month) {
        return String.format("%04d-%02d", month / 12, month % 12 + 1);
    }
}
