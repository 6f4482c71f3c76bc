package dk.raaderum.progression;

import java.util.Arrays;
import java.util.Optional;

/** The effort (tilbud) a citizen is in. */
public enum Effort {
    VIRKSOMHEDSPRAKTIK("Virksomhedspraktik"),
    LOENTILSKUD("Løntilskud"),
    VEJLEDNING_OPKVALIFICERING("Vejledning og opkvalificering"),
    MENTOR("Mentor"),
    SUNDHEDSINDSATS("Sundhedsindsats"),
    NYTTEINDSATS("Nytteindsats"),
    UDDANNELSE("Uddannelse"),
    SAMTALER("Samtaleforløb uden tilbud");

    private final String danish;

    Effort(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    /** The constant's name or its Danish label, ignoring case. */
    public static Optional<Effort> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(e -> e.name().equalsIgnoreCase(t) || e.danish.equalsIgnoreCase(t))
                .findFirst();
    }
}
