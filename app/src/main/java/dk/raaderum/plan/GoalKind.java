package dk.raaderum.plan;

import java.util.Arrays;
import java.util.Optional;

/** Whose goal it is: one of the minister's yearly goals, or the council's own. */
public enum GoalKind {
    MINISTER("Ministermål"),
    LOKAL("Lokalt mål");

    private final String danish;

    GoalKind(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public static Optional<GoalKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text)).findFirst();
    }
}
