package dk.raaderum.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
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
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMM yyyy HH:mm", DANISH);
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
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.equals("-0") || text.matches("-0,0+") ? text.substring(1) : text;
    }

    /** What a missing or suppressed figure is called in text and tables (never 0). */
    public static final String MISSING = "ingen data";

    /** {@link #number}, or "ingen data" when missing. */
    public static String figure(Double value, int decimals) {
        return value == null || value.isNaN() ? MISSING : number(value, decimals);
    }

    /** A change with its sign: "+12", "-0,4", and "0,0" without a sign when it rounds to nothing. */
    public static String signed(double value, int decimals) {
        String text = number(value, decimals);
        return text.matches("[0,]+") || text.startsWith("-") ? text : "+" + text;
    }

    /** The value as {@link #number} rounds it (half up on the exact binary value), e.g. to take differences. */
    public static double rounded(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static final java.util.Map<String, String> SINGULAR = java.util.Map.of("personer", "person",
            "fuldtidspersoner", "fuldtidsperson", "sager", "sag", "kommuner", "kommune", "borgere", "borger",
            "virksomheder", "virksomhed", "uger", "uge", "måneder", "måned", "dage", "dag", "svar", "svar");

    /** "1 fuldtidsperson", "1.234 fuldtidspersoner", "0,5 fuldtidspersoner": the unit agrees with the number shown. */
    public static String quantity(double value, int decimals, String pluralUnit) {
        String number = number(value, decimals);
        String unit = number.equals("1") || number.equals("-1") ? SINGULAR.getOrDefault(pluralUnit, pluralUnit) : pluralUnit;
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** Kroner in millions with one decimal: "12,4 mio. kr."; "ingen data" when missing. */
    public static String millions(Double kroner) {
        return kroner == null ? MISSING : number(kroner / 1e6, 1) + " mio. kr.";
    }

    /** Today in Denmark, by the application's clock. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(COPENHAGEN));
    }

    public static String date(TemporalAccessor date) {
        return DATE.format(date);
    }

    public static String date(Instant instant) {
        return DATE.format(instant.atZone(COPENHAGEN));
    }

    /** "1. dec. 2026 10:12". */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(COPENHAGEN));
    }

    /** "aug. 2021" for the month that starts on the given date. */
    public static String month(LocalDate firstDay) {
        return MONTH.format(firstDay);
    }
}
