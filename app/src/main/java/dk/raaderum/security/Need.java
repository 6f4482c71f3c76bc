package dk.raaderum.security;

/** What a user wants to do with a municipality's own documents. */
public enum Need {
    READ,
    CHANGE
}
