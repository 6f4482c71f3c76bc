package dk.raaderum.platform;

import java.time.Instant;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Numbers and dates as Danish readers expect them: 1.234,5 and 22. nov. 2026. */
public final class DanishFormat {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMM yyyy", DANISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", DANISH);

    private DanishFormat() {
    }

    /** A number with Danish separators and the given number of decimals; "–" when missing. */
    public static String number(Double value, int decimals) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(DANISH));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.equals("-0") || text.matches("-0,0+") ? text.substring(1) : text;
    }

    /** Kroner in millions with one decimal: "12,4 mio. kr." */
    public static String millions(double kroner) {
        return number(kroner / 1e6, 1) + " mio. kr.";
    }

    /** Today in Denmark. */
    public static LocalDate today() {
        return LocalDate.now(COPENHAGEN);
    }

    public static String date(TemporalAccessor date) {
        return DATE.format(date);
    }

    public static String date(Instant instant) {
        return DATE.format(instant.atZone(COPENHAGEN));
    }

    /** "aug. 2021" for the month that starts on the given date. */
    public static String month(LocalDate firstDay) {
        return MONTH.format(firstDay);
    }
}
