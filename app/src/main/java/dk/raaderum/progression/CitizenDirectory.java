package dk.raaderum.progression;

import java.util.Optional;

/** Finds a citizen's progression record by the case reference, for modules that link to it (placements). */
public interface CitizenDirectory {

    /** The record's id in the municipality, if the case reference is known there. */
    Optional<Long> idOf(int municipality, String caseRef);
}
