package dk.raaderum.plan.internal;

/** The outcome of a change: done (with the id of what was saved), or refused with the field and why. */
sealed interface Saved {

    record Done(long id) implements Saved {
    }

    record Invalid(String field, String message) implements Saved {
    }
}
