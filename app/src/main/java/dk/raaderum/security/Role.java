package dk.raaderum.security;

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
}
