package dk.raaderum.dialogue;

import java.util.Arrays;
import java.util.Optional;

/** Whom the committee met. */
public enum Audience {
    BORGERE("Borgere"),
    VIRKSOMHEDER("Virksomheder"),
    BEGGE("Borgere og virksomheder");

    private final String danish;

    Audience(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public static Optional<Audience> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(t) || a.danish.equalsIgnoreCase(t))
                .findFirst();
    }
}
