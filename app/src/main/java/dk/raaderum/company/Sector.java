package dk.raaderum.company;

import java.util.Arrays;
import java.util.Optional;

/** Private or public employer. */
public enum Sector {
    PRIVAT("Privat"),
    OFFENTLIG("Offentlig");

    private final String danish;

    Sector(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public static Optional<Sector> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t) || s.danish.equalsIgnoreCase(t))
                .findFirst();
    }
}
