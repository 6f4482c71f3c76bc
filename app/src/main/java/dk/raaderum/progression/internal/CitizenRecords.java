package dk.raaderum.progression.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.FreeText;
import dk.raaderum.progression.Assessment;
import dk.raaderum.progression.SubGoalProgress;
import dk.raaderum.progression.internal.Drafts.AssessmentDraft;
import dk.raaderum.progression.internal.Drafts.CitizenDraft;
import dk.raaderum.progression.internal.Drafts.Refusal;
import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.CurrentUser;
import dk.raaderum.security.Role;

/**
 * The citizens' records, as a caseworker or the leder uses them. Access by role and municipality is checked before
 * (by the controllers' annotations); here the team limit is applied — a record outside the user's teams is "not
 * found", so its existence is not revealed — and every read and change is written to the audit trail.
 */
@Service
class CitizenRecords {

    static final String READ = "læs personoplysninger";
    static final String CHANGE = "ændr personoplysninger";
    static final String ERASE = "slet personoplysninger";
    static final int REASON_LENGTH = 300;

    private final CitizenRepository repository;
    private final ProgressionSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    CitizenRecords(CitizenRepository repository, ProgressionSettings settings, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    sealed interface Saved {
        record Done(long id) implements Saved {
        }

        record Refused(String field, String message) implements Saved {
        }

        record NotFound() implements Saved {
        }
    }

    /** The teams the user sees; empty means all (the leder, and anyone the leder has not limited). */
    Set<String> teams(int code, CurrentUser user) {
        return user.hasRole(Role.LEDER) ? Set.of() : settings.teamsOf(code, user.name());
    }

    static String target(long id) {
        return "borger " + id;
    }

    @Transactional
    Saved create(int code, CitizenDraft draft, CurrentUser user) {
        try {
            String caseRef = Drafts.caseRef(draft.caseRef());
            CitizenRepository.Fields fields = Drafts.fields(draft, today());
            Set<String> teams = teams(code, user);
            if (!teams.isEmpty() && !teams.contains(fields.team())) {
                return new Saved.Refused("team", "Du kan kun oprette borgere i dine egne teams: " + String.join(", ", teams));
            }
            if (repository.idOf(code, caseRef).isPresent()) {
                return new Saved.Refused("caseRef", "Sagsreferencen findes allerede i kommunen");
            }
            long id = repository.insert(code, caseRef, fields, false, user.name(), clock.instant());
            audit.record(user.name(), code, CHANGE, target(id), "ok", "oprettet");
            return new Saved.Done(id);
        } catch (Refusal r) {
            return new Saved.Refused(r.field, r.getMessage());
        }
    }

    @Transactional
    Saved update(int code, long id, CitizenDraft draft, CurrentUser user) {
        Optional<CitizenRecord> found = visible(code, id, user, CHANGE);
        if (found.isEmpty()) {
            return new Saved.NotFound();
        }
        try {
            CitizenRepository.Fields fields = Drafts.fields(draft, today());
            Set<String> teams = teams(code, user);
            if (!teams.isEmpty() && !teams.contains(fields.team())) {
                return new Saved.Refused("team", "Du kan kun flytte borgere til dine egne teams: " + String.join(", ", teams));
            }
            repository.update(code, id, fields);
            audit.record(user.name(), code, CHANGE, target(id), "ok", "stamoplysninger ændret");
            return new Saved.Done(id);
        } catch (Refusal r) {
            return new Saved.Refused(r.field, r.getMessage());
        }
    }

    @Transactional
    Saved assess(int code, long id, AssessmentDraft draft, CurrentUser user) {
        Optional<CitizenRecord> found = visible(code, id, user, CHANGE);
        if (found.isEmpty()) {
            return new Saved.NotFound();
        }
        try {
            Assessment assessment = Drafts.assessment(draft, settings.dimensions(code), found.get().effort(), today());
            java.util.Map<Long, SubGoalProgress> progress = Drafts.subGoalProgress(draft.subGoalProgress(),
                    found.get().subGoals());
            long assessmentId = repository.saveAssessment(id, assessment, progress, user.name(), clock.instant());
            audit.record(user.name(), code, CHANGE, target(id), "ok", "vurdering " + assessment.date());
            return new Saved.Done(assessmentId);
        } catch (Refusal r) {
            return new Saved.Refused(r.field, r.getMessage());
        }
    }

    /** The record, audited as a read with the reason the user gave; empty when absent or outside her teams. */
    Optional<CitizenRecord> read(int code, long id, CurrentUser user, String reason) {
        Optional<CitizenRecord> found = visible(code, id, user, READ);
        found.ifPresent(r -> audit.record(user.name(), code, READ, target(id), "ok", null, reason(reason)));
        return found;
    }

    /** The record for an access request (indsigt), audited as such. */
    Optional<CitizenRecord> export(int code, long id, CurrentUser user, String reason) {
        Optional<CitizenRecord> found = visible(code, id, user, READ);
        found.ifPresent(r -> audit.record(user.name(), code, READ, target(id), "ok", "indsigtsudtræk", reason(reason)));
        return found;
    }

    /** The list of citizens the user sees; reading it is itself audited (it holds case references). */
    List<CitizenRepository.Summary> list(int code, CurrentUser user, String reason) {
        Set<String> teams = teams(code, user);
        List<CitizenRepository.Summary> all = repository.list(code).stream()
                .filter(s -> teams.isEmpty() || teams.contains(s.team())).toList();
        audit.record(user.name(), code, READ, "borgerliste", "ok", all.size() + " borgere", reason(reason));
        return all;
    }

    /** Erasure by the leder, with the reason; the audit event keeps only the record's internal id. */
    @Transactional
    Saved erase(int code, long id, String reason, CurrentUser user) {
        String why = FreeText.trimmed(reason);
        if (why == null) {
            return new Saved.Refused("begrundelse", "Skriv en begrundelse for sletningen");
        }
        Optional<String> problem = FreeText.problem("Begrundelsen", why, REASON_LENGTH);
        if (problem.isPresent()) {
            return new Saved.Refused("begrundelse", problem.get());
        }
        if (!repository.delete(code, id)) {
            return new Saved.NotFound();
        }
        audit.record(user.name(), code, ERASE, target(id), "ok", "slettet efter anmodning", why);
        return new Saved.Done(id);
    }

    private Optional<CitizenRecord> visible(int code, long id, CurrentUser user, String action) {
        Optional<CitizenRecord> found = repository.find(code, id);
        Set<String> teams = teams(code, user);
        if (found.isPresent() && !teams.isEmpty() && !teams.contains(found.get().team())) {
            audit.record(user.name(), code, action, target(id), "afvist", "uden for brugerens teams");
            return Optional.empty();
        }
        return found;
    }

    private static String reason(String reason) {
        String t = FreeText.trimmed(reason);
        if (t == null) {
            return null;
        }
        // a reason is free text: a CPR number in it is masked, never stored
        return dk.raaderum.engine.CprShape.shown(t.length() > REASON_LENGTH ? t.substring(0, REASON_LENGTH) : t);
    }

    private LocalDate today() {
        return DanishFormat.today(clock);
    }
}
