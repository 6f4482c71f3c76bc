package dk.raaderum.partnership;

import java.util.Arrays;
import java.util.Optional;

/** How far an action of the council's action plan has come. */
public enum ActionStatus {
    IKKE_STARTET("ikke startet"), I_GANG("i gang"), GENNEMFOERT("gennemført");

    private final String danish;

    ActionStatus(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    /** The constant's name or its Danish label, ignoring case. */
    public static Optional<ActionStatus> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t) || s.danish.equalsIgnoreCase(t))
                .findFirst();
    }
}
