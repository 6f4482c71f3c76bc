package dk.raaderum.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.raaderum.platform.DanishFormat;

/**
 * A calendar month, quarter or year, identified by its first day.
 * Written as {@code 2021-08}, {@code 2021-Q3} and {@code 2021}; Jobindsats' {@code 2021M08} and
 * Statistics Denmark's {@code 2021K3} are read too.
 */
public record Period(PeriodType type, LocalDate start) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-?M?(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[QK]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        int monthIndex = start.getMonthValue() - 1;
        if (start.getDayOfMonth() != 1 || monthIndex % type.months() != 0) {
            throw new IllegalArgumentException(start + " er ikke første dag i en " + type);
        }
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, LocalDate.of(year, month, 1));
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, LocalDate.of(year, 1, 1));
    }

    /** Parses a period; throws {@link IllegalArgumentException} with a Danish message when it is not one. */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase();
        Matcher m;
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(Integer.parseInt(m.group(1)), month);
            }
        } else if ((m = QUARTER.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = YEAR.matcher(t)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException("'" + text + "' er ikke en periode: brug ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ");
    }

    /** The period of the same type that contains the given day. */
    public static Period containing(PeriodType type, LocalDate day) {
        int monthIndex = (day.getMonthValue() - 1) / type.months() * type.months();
        return new Period(type, LocalDate.of(day.getYear(), monthIndex + 1, 1));
    }

    public LocalDate endExclusive() {
        return start.plusMonths(type.months());
    }

    public int days() {
        return (int) (endExclusive().toEpochDay() - start.toEpochDay());
    }

    /** The months of this period, in order. */
    public List<Period> months() {
        List<Period> months = new ArrayList<>(type.months());
        for (int i = 0; i < type.months(); i++) {
            months.add(new Period(PeriodType.MONTH, start.plusMonths(i)));
        }
        return months;
    }

    public Period next() {
        return new Period(type, endExclusive());
    }

    /** The period of the same type {@code count} periods before this one. */
    public Period minus(int count) {
        return new Period(type, start.minusMonths((long) count * type.months()));
    }

    /** Every period of this type from this one to {@code last}, both included. */
    public List<Period> through(Period last) {
        if (last.type != type) {
            throw new IllegalArgumentException("Fra og til skal være samme slags periode");
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = this; !p.start.isAfter(last.start); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    @Override
    public String toString() {
        return switch (type) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** "aug. 2021", "3. kvt. 2021" or "2021". */
    public String danish() {
        return switch (type) {
            case MONTH -> DanishFormat.month(start);
            case QUARTER -> ((start.getMonthValue() + 2) / 3) + ". kvt. " + start.getYear();
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** As {@link #danish}, but a quarter in full: "2. kvartal 2026" (for headings and sentences). */
    public String danishInFull() {
        return type == PeriodType.QUARTER ? ((start.getMonthValue() + 2) / 3) + ". kvartal " + start.getYear()
                : danish();
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : Integer.compare(type.months(), other.type.months());
    }
}
