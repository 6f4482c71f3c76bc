package dk.raaderum.indicator;

import java.util.Locale;

/**
 * A key figure. A share is defined by a numerator and a denominator indicator and a factor
 * (100 for per cent), so every aggregate is a ratio of sums.
 *
 * @param published false for helper series (such as a derived denominator) that are not shown on their own
 * @param goodDirection which way the indicator is good (declared in the catalogue; neutral when nobody has said)
 */
public record Indicator(String id, String name, Unit unit, String source, String sourceTable, String description,
        GeoAggregation geoAggregation, String numeratorId, String denominatorId, double factor,
        TimeRollUp timeRollUp, boolean published, GoodDirection goodDirection) {

    public Indicator {
        if (geoAggregation == GeoAggregation.RATIO && (numeratorId == null || denominatorId == null)) {
            throw new IllegalArgumentException("Indikatoren " + id + " er en brøk uden tæller og nævner");
        }
        if (goodDirection == null) {
            throw new IllegalArgumentException("Indikatoren " + id + " mangler en god retning");
        }
    }

    /** Whether the figures come from a synthetic source (the demo register), which pages must say. */
    public boolean isSynthetic() {
        return source.toLowerCase(Locale.ROOT).contains("syntetisk");
    }

    public boolean isRatio() {
        return geoAggregation == GeoAggregation.RATIO;
    }
}
