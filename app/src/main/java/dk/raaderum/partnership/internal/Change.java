package dk.raaderum.partnership.internal;

/** The outcome of a change: done (with the id of what was saved), or refused with the field and why in Danish. */
sealed interface Change {

    record Done(long id) implements Change {
    }

    record Refused(String field, String message) implements Change {
    }

    static Refused refused(String field, String message) {
        return new Refused(field, message);
    }
}
