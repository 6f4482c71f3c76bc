package dk.raaderum.company.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import dk.raaderum.company.ContactKind;
import dk.raaderum.company.PlacementKind;
import dk.raaderum.company.PlacementOutcome;
import dk.raaderum.company.Sector;

/** What the CRM knows about a company and the jobcentre's work with it. */
final class CompanyRecords {

    private CompanyRecords() {
    }

    record Company(String cvr, String name, String industry, String sizeBand, Sector sector,
            Integer addressMunicipality) {
    }

    record Contact(String cvr, LocalDate date, ContactKind kind, String topic) {
    }

    record Agreement(String cvr, LocalDate signedOn, LocalDate endsOn, String socialTerms) {
    }

    record Inquiry(String ref, String cvr, LocalDateTime received, LocalDateTime answered, String topic) {
    }

    /** A placement; the citizen only as the progression record's internal id (or none). */
    record Placement(String ref, String cvr, PlacementKind kind, LocalDate start, LocalDate end, Long citizenId,
            PlacementOutcome outcome, LocalDate outcomeOn) {
    }

    /** A company in the overview: with its number of placements and whether an agreement is in force. */
    record Listed(Company company, boolean synthetic, int placements, boolean agreement) {
    }
}
