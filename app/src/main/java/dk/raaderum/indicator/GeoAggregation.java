package dk.raaderum.indicator;

/** How values of several municipalities combine into a landsdel, a region or the whole country. */
public enum GeoAggregation {
    /** Counts: the sum of the municipalities. */
    SUM,
    /** Shares: the sum of the numerators over the sum of the denominators, never an average of shares. */
    RATIO,
    /** Cannot be combined; only published values exist above the municipality. */
    NONE
}
