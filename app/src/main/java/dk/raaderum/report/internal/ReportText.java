package dk.raaderum.report.internal;

import java.util.Map;

import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;

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

    static String label(Indicator i) {
        return LABELS.getOrDefault(i.id(), i.name());
    }

    /** "Jobindsats.dk / STAR (y25i01) (data til og med jul. 2026)", for the report's list of sources. */
    static String source(Freshness f) {
        return f.source() + " (data til og med " + f.lastPeriod().danish() + ")";
    }
}
