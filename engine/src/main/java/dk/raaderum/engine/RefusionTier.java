package dk.raaderum.engine;

/** The refusion steps of lov om kommunernes finansiering af visse offentlige ydelser, §§ 5–6. */
public final class RefusionTier {

    private static final double[] MUNICIPAL_SHARE = {0, 0.20, 0.60, 0.70, 0.80};
    private static final String[] WEEKS = {"", "uge 1-4", "uge 5-26", "uge 27-52", "over 52 uger"};

    private RefusionTier() {
    }

    /** Tier 1 for weeks 1–4 of the count, 2 for 5–26, 3 for 27–52, 4 from week 53. */
    public static int of(int count) {
        return count <= 4 ? 1 : count <= 26 ? 2 : count <= 52 ? 3 : 4;
    }

    /** The municipality's share of a covered week's amount in the tier. */
    public static double municipalShare(int tier) {
        return MUNICIPAL_SHARE[tier];
    }

    /** The tier's weeks in Danish: "uge 1-4", "uge 5-26", "uge 27-52", "over 52 uger". */
    public static String weeks(int tier) {
        return WEEKS[tier];
    }

    /** "uge 5-26 (60 %)": the weeks and the municipality's share. */
    public static String label(int tier) {
        return WEEKS[tier] + " (" + Math.round(MUNICIPAL_SHARE[tier] * 100) + " %)";
    }
}
