package dk.raaderum.dialogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.raaderum.dialogue.Audience;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.FreeText;
import dk.raaderum.security.AuditTrail;

/** Dialogue meetings: recorded by the leder, read by everyone who reads the municipality's documents. */
@Service
class Dialogue {

    static final int TEXT_LENGTH = 2000;

    private final DialogueRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    Dialogue(DialogueRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a form or the API sends, as typed. */
    record MeetingDraft(String heldOn, String audience, String participants, String themes, String takeaways) {
    }

    sealed interface Saved {
        record Done(long id) implements Saved {
        }

        record Refused(String field, String message) implements Saved {
        }
    }

    Saved record(int code, MeetingDraft d, String user) {
        LocalDate held;
        try {
            held = LocalDate.parse(d.heldOn() == null ? "" : d.heldOn().strip());
        } catch (DateTimeParseException e) {
            return new Saved.Refused("heldOn", "Datoen skal være en dato som 2026-03-01");
        }
        if (held.isAfter(DanishFormat.today(clock))) {
            return new Saved.Refused("heldOn", "Mødet skal være holdt; datoen ligger efter i dag");
        }
        Optional<Audience> audience = Audience.parse(d.audience());
        if (audience.isEmpty()) {
            return new Saved.Refused("audience", "Vælg borgere, virksomheder eller begge");
        }
        String participants = FreeText.trimmed(d.participants());
        String themes = FreeText.trimmed(d.themes());
        String takeaways = FreeText.trimmed(d.takeaways());
        if (participants == null) {
            return new Saved.Refused("participants", "Skriv hvem udvalget mødte (fx en målgruppe eller et netværk)");
        }
        if (themes == null) {
            return new Saved.Refused("themes", "Skriv mødets temaer");
        }
        for (String[] field : new String[][] {{"participants", "Deltagerne", participants},
            {"themes", "Temaerne", themes}, {"takeaways", "Det, udvalget tog med sig,", takeaways}}) {
            Optional<String> problem = FreeText.problem(field[1], field[2], TEXT_LENGTH);
            if (problem.isPresent()) {
                return new Saved.Refused(field[0], problem.get());
            }
        }
        long id = repository.insert(code, new Meeting(0, held, audience.get(), participants, themes, takeaways, false,
                user), clock.instant());
        audit.record(user, code, "ændr", "dialogmøde " + id, "ok", "oprettet");
        return new Saved.Done(id);
    }

    /** The meetings of the last {@code years} years. */
    List<Meeting> recent(int code, int years) {
        LocalDate today = DanishFormat.today(clock);
        return repository.meetings(code, today.minusYears(years), today.plusDays(1));
    }
}
