package dk.raaderum.overview.internal;

import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;

/** How figures and their provenance are written on the pages. */
final class FigureFormat {

    private FigureFormat() {
    }

    static String value(Indicator indicator, Double value) {
        if (value == null) {
            return "ingen værdi";
        }
        String number = DanishFormat.number(value, indicator.unit().decimals());
        return indicator.unit() == Unit.PROCENT ? number + " pct." : number;
    }

    /** "Kilde: Jobindsats.dk / STAR (y25i01). Data til og med jul. 2026, indlæst 22. nov. 2026." */
    static String provenance(Freshness freshness) {
        if (freshness == null) {
            return "Ingen data er indlæst endnu.";
        }
        return freshness.describe();
    }
}
