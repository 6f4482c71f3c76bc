package dk.raaderum.indicator;

import java.time.Instant;

import dk.raaderum.platform.DanishFormat;

/** How fresh an indicator's data is: the last period with a value, and when and from where it was imported. */
public record Freshness(Period lastPeriod, Instant importedAt, String source) {

    /** "Kilde: Jobindsats.dk / STAR (y25i01). Data til og med jul. 2026, indlæst 22. nov. 2026." */
    public String describe() {
        return "Kilde: " + source + ". Data til og med " + lastPeriod.danish() + ", indlæst "
                + DanishFormat.date(importedAt) + ".";
    }
}
