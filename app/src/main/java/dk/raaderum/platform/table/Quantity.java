package dk.raaderum.platform.table;

import dk.raaderum.platform.DanishFormat;

/**
 * How a number is written and what it is: decimals, unit and scale (kroner shown in millions). The same quantity gives
 * the Danish text on the page ("17,9 mio. kr.") and the spreadsheet format that shows the exact value the same way.
 */
public record Quantity(int decimals, String unit, double scale, boolean signed) {

    public static final Quantity COUNT = new Quantity(0, "", 1, false);
    public static final Quantity PERSONS = new Quantity(0, "personer", 1, false);
    public static final Quantity FULL_TIME = new Quantity(0, "fuldtidspersoner", 1, false);
    public static final Quantity PERCENT = new Quantity(1, "pct.", 1, false);
    public static final Quantity POINTS = new Quantity(1, "procentpoint", 1, true);
    public static final Quantity KRONER = new Quantity(0, "kr.", 1, false);
    public static final Quantity MILLION_KRONER = new Quantity(1, "mio. kr.", 1e6, false);

    public Quantity {
        if (scale != 1 && scale != 1e3 && scale != 1e6) {
            throw new IllegalArgumentException("scale must be 1, 1e3 or 1e6");
        }
    }

    public Quantity withDecimals(int d) {
        return new Quantity(d, unit, scale, signed);
    }

    public Quantity withSign() {
        return new Quantity(decimals, unit, scale, true);
    }

    public Quantity withUnit(String u) {
        return new Quantity(decimals, u, scale, signed);
    }

    /** "1.234", "17,9 mio. kr.", "+0,4 procentpoint"; "ingen data" when missing (never 0). */
    public String text(Double value) {
        if (value == null || value.isNaN()) {
            return DanishFormat.MISSING;
        }
        double shown = value / scale;
        String number = signed ? DanishFormat.signed(shown, decimals) : DanishFormat.number(shown, decimals);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** The spreadsheet number format: the exact value shown as on the page, e.g. {@code #,##0.0,, "mio. kr."}. */
    public String spreadsheetFormat() {
        String digits = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
        String scaled = digits + (scale == 1e6 ? ",," : scale == 1e3 ? "," : "");
        String suffix = unit.isEmpty() ? "" : " \"" + unit.replace("\"", "") + "\"";
        String positive = (signed ? "+" : "") + scaled + suffix;
        return signed ? positive + ";-" + scaled + suffix + ";" + scaled + suffix : positive;
    }
}
