package dk.raaderum.platform;

/** Whether Råderum runs on its own in-process PostgreSQL (the zero-setup default) or an external one. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL;

    /** Demo users and other conveniences exist only on the embedded default. */
    public boolean isEmbedded() {
        return this == EMBEDDED;
    }
}
