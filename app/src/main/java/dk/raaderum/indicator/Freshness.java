package dk.raaderum.indicator;

import java.time.Instant;

import dk.raaderum.platform.DanishFormat;

/** How fresh an indicator's data is: the last period with a value, and when and from where it was imported. */
public record Freshness(Period lastPeriod, Instant importedAt, String source) {

    /** "Kilde: Jobindsats.dk / STAR (y25i01). Data til og med jul. 2026, indlæst 22. nov. 2026." */
    public String describe() {
        return "Kilde: " + source + ". Data til og med " + lastPeriod.danish() + ", indlæst "
                + DanishFormat.date(importedAt) + "." + syntheticNote();
    }

    /**
     * For figures shown up to an earlier period than the data reach (a report for a past quarter): "Kilde: … Tallene
     * går til og med jun. 2026 (data findes til og med jul. 2026), indlæst …".
     */
    public String describeUpTo(Period end) {
        Period lastMonth = lastPeriod.months().get(lastPeriod.months().size() - 1);
        Period endMonth = end.months().get(end.months().size() - 1);
        if (lastMonth.compareTo(endMonth) <= 0) {
            return describe();
        }
        return "Kilde: " + source + ". Tallene går til og med " + endMonth.danish() + " (data findes til og med "
                + lastPeriod.danish() + "), indlæst " + DanishFormat.date(importedAt) + "." + syntheticNote();
    }

    /** Whether the figures come from a synthetic source (the demo register), which every page and file must say. */
    public boolean synthetic() {
        return source.toLowerCase(java.util.Locale.ROOT).contains("syntetisk");
    }

    private String syntheticNote() {
        return synthetic() ? " Syntetiske data – ikke rigtige borgere." : "";
    }
}
