package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.security.AuditTrail;

/** Checks and saves network meetings; every change is audited. */
@Service
@Transactional
class MeetingService {

    private final MeetingRepository repository;
    private final AuditTrail audit;

    MeetingService(MeetingRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Saves a new meeting ({@code id} null) or changes one. */
    Change save(Partnership p, Long id, Meeting.Draft d, boolean example, String by) {
        LocalDate date;
        try {
            date = LocalDate.parse(d.date() == null ? "" : d.date().strip());
        } catch (DateTimeParseException e) {
            return Change.refused("date", "Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2026-03-12.");
        }
        Optional<Meeting.Kind> kind = Meeting.Kind.parse(d.kind());
        if (kind.isEmpty()) {
            return Change.refused("kind", "Vælg, om det er et netværksmøde, en workshop eller en fremlæggelse.");
        }
        List<Meeting.Participant> roles = new ArrayList<>();
        for (String r : d.roles() == null ? List.<String>of() : d.roles()) {
            Optional<Meeting.Participant> role = Meeting.Participant.parse(r);
            if (role.isEmpty()) {
                return Change.refused("roles", "Deltagerne skal vælges på listen.");
            }
            roles.add(role.get());
        }
        List<Integer> municipalities = d.municipalities() == null ? List.of() : d.municipalities();
        if (municipalities.stream().anyMatch(c -> c == null || !p.hasMember(c))) {
            return Change.refused("municipalities", "De deltagende kommuner skal være medlemmer af partnerskabet.");
        }
        Optional<Change.Refused> text = FreeText.check(
                new FreeText.Field("place", "Sted", d.place(), 200, true),
                new FreeText.Field("agenda", "Dagsorden", d.agenda(), 5000, true),
                new FreeText.Field("minutes", "Referat", d.minutes(), 20000, false),
                new FreeText.Field("agreements", "Aftaler", d.agreements(), 5000, false));
        if (text.isPresent()) {
            return text.get();
        }
        if (id != null && repository.meeting(p.id(), id).isEmpty()) {
            return Change.refused("id", "Mødet findes ikke i partnerskabet.");
        }
        long saved = repository.save(p.id(), id, date, d.place().strip(), kind.get(), roles,
                municipalities.stream().distinct().sorted().toList(), d.agenda().strip(), blank(d.minutes()),
                blank(d.agreements()), example, by);
        audit.record(by, null, id == null ? "opret" : "ændr", "netværksmøde " + saved + " i partnerskab " + p.id(), "ok",
                kind.get().danish() + " " + date);
        return new Change.Done(saved);
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
