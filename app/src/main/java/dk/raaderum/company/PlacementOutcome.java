package dk.raaderum.company;

import java.util.Arrays;
import java.util.Optional;

/** Where a citizen went after a placement, as the CRM records it. */
public enum PlacementOutcome {
    JOB("Ordinært job"),
    UDDANNELSE("Uddannelse"),
    INGEN("Hverken job eller uddannelse");

    private final String danish;

    PlacementOutcome(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public boolean isWorkOrEducation() {
        return this != INGEN;
    }

    public static Optional<PlacementOutcome> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(t) || o.danish.equalsIgnoreCase(t))
                .findFirst();
    }
}
