package dk.raaderum.progression;

import java.util.List;

/**
 * Implemented by a module that keeps something linked to a citizen's progression record (placements with companies),
 * so an access request (indsigt) exports everything Råderum holds about the citizen, wherever it is kept.
 */
public interface CitizenData {

    /** What the module keeps about the citizen, one fact per line. */
    List<Fact> about(int municipality, long citizenId);

    /** One fact: its section (e.g. "forløb i virksomhed"), date (or null), field and value, in Danish. */
    record Fact(String section, String date, String field, String value) {
    }
}
