package dk.raaderum.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 week, e.g. {@code 2024-W05}. Its {@link #index()} numbers weeks consecutively across years
 * (including W53), so week arithmetic is integer arithmetic.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(year + "-W" + String.format("%02d", week)
                    + (week == 53 ? " findes ikke: " + year + " har kun 52 uger" : " er ikke en gyldig uge"));
        }
    }

    /** Parses {@code YYYY-Www}; throws IllegalArgumentException with a Danish message otherwise. */
    public static IsoWeek parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' er ikke en ISO-uge som 2024-W05");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static int weeksIn(int year) {
        return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
    }

    public static IsoWeek ofIndex(int index) {
        LocalDate monday = LocalDate.ofEpochDay(mondayEpochDay(index));
        return new IsoWeek(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Epoch day of the Monday of the week with this index (index 0 is the week of 1970-01-01). */
    public static long mondayEpochDay(int index) {
        return index * 7L - 3;
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public int index() {
        return (int) Math.floorDiv(monday().toEpochDay() + 3, 7);
    }

    public IsoWeek plus(int weeks) {
        return ofIndex(index() + weeks);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
