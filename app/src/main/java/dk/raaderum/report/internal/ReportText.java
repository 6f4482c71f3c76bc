package dk.raaderum.report.internal;

import java.util.Map;

import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.Period;
import dk.raaderum.platform.DanishFormat;

/** How the report writes its figures, names and sources: Danish formats, "ingen data" for what is missing. */
final class ReportText {

    /** Shorter names in the report for the register's figures (their catalogue names carry the group as a prefix). */
    private static final Map<String, String> LABELS = Map.of(
            "reg_alle_ydelser_fuldtid", "Alle ydelser (register)",
            "reg_alle_ydelser_pct_befolkning", "Alle ydelser i pct. af befolkningen 16-66 år (register)",
            "reg_alle_ydelser_tilgang", "Tilgang til ydelse, alle ydelser (register)",
            "reg_alle_ydelser_afgang", "Afgang fra ydelse, alle ydelser (register)");
    private ReportText() {
    }

    /** "2. kvartal 2026" */
    static String quarterText(Period quarter) {
        return ((quarter.start().getMonthValue() + 2) / 3) + ". kvartal " + quarter.start().getYear();
    }

    static String label(Indicator i) {
        return LABELS.getOrDefault(i.id(), i.name());
    }

    static String provenance(Freshness f) {
        return "Kilde: " + f.source() + ". Data til og med " + f.lastPeriod().danish() + ", indlæst "
                + DanishFormat.date(f.importedAt()) + ".";
    }

    static String source(Freshness f) {
        return f.source() + " (data til og med " + f.lastPeriod().danish() + ")";
    }

    static String text(Double value, int decimals) {
        return value == null ? "ingen data" : DanishFormat.number(value, decimals);
    }

    static String millions(Double kroner) {
        return kroner == null ? "ingen data" : DanishFormat.millions(kroner);
    }

    static String signedMillions(double kroner) {
        return (kroner > 0 ? "+" : "") + millions(kroner);
    }

    static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }

    static String signed(double value, int decimals) {
        String text = DanishFormat.number(value, decimals);
        return value > 0 && !text.matches("0(,0+)?") ? "+" + text : text;
    }
}
