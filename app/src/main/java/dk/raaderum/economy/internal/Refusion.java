package dk.raaderum.economy.internal;

import dk.raaderum.engine.RefusionTier;

/** The municipality's and the state's part of a week's gross amount at a ledger count (0: not covered, no share). */
final class Refusion {

    private Refusion() {
    }

    static double municipal(double gross, int count) {
        return count <= 0 ? 0 : gross * RefusionTier.municipalShare(RefusionTier.of(count));
    }

    /** The tier at a ledger count; 0 when not covered. */
    static int tier(int count) {
        return count <= 0 ? 0 : RefusionTier.of(count);
    }

    static double state(double gross, int count) {
        return count <= 0 ? 0 : gross - municipal(gross, count);
    }
}
