package dk.raaderum.engine;

/** How a benefit is financed under the 2016 refusion reform. */
public enum Scheme {
    /** The state reimburses the municipality (80/40/30/20 %). */
    REFUSION,
    /** A fund or Udbetaling Danmark pays; the municipality co-finances (20/60/70/80 %). */
    MEDFINANSIERING,
    /** Public support that is neither covered by the rules nor self-support. */
    NONE;

    public boolean covered() {
        return this != NONE;
    }

    public static Scheme parse(String text) {
        return switch (text.trim().toLowerCase()) {
            case "refusion" -> REFUSION;
            case "medfinansiering" -> MEDFINANSIERING;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("ukendt ordning '" + text + "' (refusion, medfinansiering eller none)");
        };
    }
}
