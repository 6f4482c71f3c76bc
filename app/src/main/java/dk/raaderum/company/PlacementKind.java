package dk.raaderum.company;

import java.util.Arrays;
import java.util.Optional;

/** What a citizen is placed with a company as. */
public enum PlacementKind {
    LOENTILSKUD("Løntilskud", true),
    VIRKSOMHEDSPRAKTIK("Virksomhedspraktik", true),
    FLEKSJOB("Fleksjob", true),
    ORDINAERT_JOB("Ordinært job efter en indsats", false);

    private final String danish;
    private final boolean effort;

    PlacementKind(String danish, boolean effort) {
        this.danish = danish;
        this.effort = effort;
    }

    public String danish() {
        return danish;
    }

    /** A company-based effort (not the ordinary job that may follow one). */
    public boolean isEffort() {
        return effort;
    }

    public static Optional<PlacementKind> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t) || k.danish.equalsIgnoreCase(t))
                .findFirst();
    }
}
