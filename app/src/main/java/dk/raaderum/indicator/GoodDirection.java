package dk.raaderum.indicator;

/**
 * Which way an indicator is good: fewer people on benefits is better, a higher share self-supporting after a
 * course is better. Benchmark ranks, colours and sentences follow it. An indicator nobody has judged (for example
 * one named by a Statistics Denmark import) is {@link #NEUTRAL}: its differences are shown, never called good or bad.
 */
public enum GoodDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEUTRAL;

    /** +1 when a higher value is better, −1 when a lower one is, 0 when neither. */
    public int sign() {
        return switch (this) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case NEUTRAL -> 0;
        };
    }
}
