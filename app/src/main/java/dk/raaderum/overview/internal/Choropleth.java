package dk.raaderum.overview.internal;

import java.util.ArrayList;
import java.util.List;

import dk.raaderum.platform.DanishFormat;

/**
 * Five classes at the quintiles of the values shown, on a sequential blue scale whose lightest class still has a
 * contrast of 3.5:1 against the white page (WCAG 1.4.11); every shape also has a dark outline. A missing value is
 * hatched, so it is never mistaken for a low one.
 */
final class Choropleth {

    /** The SVG pattern (defined in the map) that marks a missing value. */
    static final String MISSING_FILL = "url(#mangler)";
    static final String[] FILLS = {"#4a8fc4", "#2c70ad", "#1b5593", "#0e3b70", "#05234a"};

    record LegendEntry(String fill, String label) {
    }

    private final double[] upperBounds;
    private final int decimals;

    private Choropleth(double[] upperBounds, int decimals) {
        this.upperBounds = upperBounds;
        this.decimals = decimals;
    }

    static Choropleth of(List<Double> values, int decimals) {
        List<Double> present = values.stream().filter(v -> v != null).sorted().toList();
        double[] bounds = new double[FILLS.length];
        for (int i = 0; i < FILLS.length; i++) {
            bounds[i] = present.isEmpty() ? 0 : present.get(Math.min(present.size() - 1,
                    (int) Math.ceil((i + 1) * present.size() / (double) FILLS.length) - 1));
        }
        return new Choropleth(bounds, decimals);
    }

    String fill(Double value) {
        if (value == null) {
            return MISSING_FILL;
        }
        for (int i = 0; i < upperBounds.length; i++) {
            if (value <= upperBounds[i]) {
                return FILLS[i];
            }
        }
        return FILLS[FILLS.length - 1];
    }

    List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        for (int i = 0; i < FILLS.length; i++) {
            String upper = DanishFormat.number(upperBounds[i], decimals);
            String label = i == 0 ? "til og med " + upper
                    : "over " + DanishFormat.number(upperBounds[i - 1], decimals) + " til og med " + upper;
            entries.add(new LegendEntry(FILLS[i], label));
        }
        entries.add(new LegendEntry(MISSING_FILL, "ingen værdi (undertrykt eller mangler)"));
        return entries;
    }
}
