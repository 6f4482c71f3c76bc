package dk.raaderum.indicator.internal;

/**
 * A helper series computed from two stored series of the same area and period, used where a publisher
 * gives a share and a count but not the other half of the fraction.
 */
record Derivation(String targetId, Operation operation, String a, String b) {

    enum Operation {
        /** target = a × 100 / b, e.g. the workforce from the unemployed and the unemployment rate. */
        QUOTIENT_PERCENT,
        /** target = a × b / 100, e.g. activated full-time persons from a rate and its base. */
        PRODUCT_PERCENT
    }
}
