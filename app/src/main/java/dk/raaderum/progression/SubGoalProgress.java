package dk.raaderum.progression;

import java.util.Arrays;
import java.util.Optional;

/** How far a citizen has come with one of her sub-goals at an assessment. */
public enum SubGoalProgress {
    IKKE_STARTET("ikke startet"),
    I_GANG("i gang"),
    NAAET("nået");

    private final String danish;

    SubGoalProgress(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public static Optional<SubGoalProgress> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(t) || p.danish.equalsIgnoreCase(t))
                .findFirst();
    }
}
