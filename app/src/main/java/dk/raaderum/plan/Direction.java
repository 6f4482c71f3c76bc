package dk.raaderum.plan;

import java.util.Arrays;
import java.util.Optional;

/** Whether a goal wants the indicator to end at or above its target, or at or below it. */
public enum Direction {
    OP("højere er bedre"),
    NED("lavere er bedre");

    private final String danish;

    Direction(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    /** True when {@code value} reaches {@code target} in this direction. */
    public boolean meets(double value, double target) {
        return this == OP ? value >= target : value <= target;
    }

    public static Optional<Direction> parse(String text) {
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(text)).findFirst();
    }
}
