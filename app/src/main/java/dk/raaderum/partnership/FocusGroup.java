package dk.raaderum.partnership;

import java.util.Arrays;
import java.util.Optional;

/** The target groups a municipality in "Flere i arbejde" chooses to focus on. */
public enum FocusGroup {
    UNGE("Unge"), LANGT_FRA_ARBEJDSMARKEDET("Ledige langt fra arbejdsmarkedet"), FLYGTNINGE("Flygtninge");

    private final String danish;

    FocusGroup(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public static Optional<FocusGroup> parse(String text) {
        return Arrays.stream(values()).filter(g -> g.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }
}
