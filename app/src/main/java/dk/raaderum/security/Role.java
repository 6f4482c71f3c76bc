package dk.raaderum.security;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do. Each user belongs to one municipality, or to the network (KL). */
public enum Role {
    POLITIKER("Politiker"),
    LEDER("Leder"),
    ANALYTIKER("Analytiker"),
    SAGSBEHANDLER("Sagsbehandler"),
    ADMINISTRATOR("Administrator");

    private final String danish;

    Role(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The constant's name or its Danish label, ignoring case. */
    public static Optional<Role> parse(String text) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(text == null ? "" : text.trim()) || r.danish.equalsIgnoreCase(text))
                .findFirst();
    }
}
