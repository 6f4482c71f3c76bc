package dk.raaderum.partnership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.SurveyResults;
import dk.raaderum.partnership.SurveyRole;
import dk.raaderum.partnership.SurveyStatement;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.security.AuditTrail;

/**
 * Creating measurements, making codes and taking answers. Answers are anonymous by construction: using a code deletes
 * it, and the answer adds to counts per role (see {@link TemperatureRepository#record}); neither the answer nor the
 * audit trail keeps anything that links it to the code, a person or a time.
 */
@Service
@Transactional
class TemperatureService {

    static final int MAX_CODES = 500;
    static final int MAX_COMMENT = 2000;

    /** What became of an answer. */
    sealed interface Answered {
        record Stored() implements Answered {
        }

        /** The code is unknown or already used; which of them is not told. */
        record UnknownCode() implements Answered {
        }

        record Refused(String field, String message) implements Answered {
        }
    }

    private final TemperatureRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    TemperatureService(TemperatureRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    Change create(int municipality, Integer year, String by) {
        int now = DanishFormat.today(clock).getYear();
        if (year == null || year < 2013 || year > now + 1) {
            return Change.refused("year", "Året skal være et årstal fra 2013 til " + (now + 1) + ".");
        }
        long id = repository.create(municipality, year, false, by);
        audit.record(by, municipality, "opret", "temperaturmåling " + id, "ok", "år " + year);
        return new Change.Done(id);
    }

    /** Fresh codes for a role, or why not; the codes exist in plain text only in the answer to this call. */
    sealed interface Codes {
        record Made(SurveyRole role, List<String> codes) implements Codes {
        }

        record Refused(Change.Refused refusal) implements Codes {
        }
    }

    Codes invite(Measurement m, String roleText, Integer count, String by) {
        Optional<SurveyRole> role = SurveyRole.parse(roleText);
        if (role.isEmpty()) {
            return new Codes.Refused(Change.refused("role", "Rollen skal være en af POLITIKER, DIREKTION, LEDER, "
                    + "MEDARBEJDER og PARTNER."));
        }
        if (count == null || count < 1 || count > MAX_CODES) {
            return new Codes.Refused(Change.refused("count", "Antallet af koder skal være fra 1 til " + MAX_CODES + "."));
        }
        List<String> codes = new ArrayList<>(count);
        List<byte[]> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = InvitationCodes.make();
            codes.add(code);
            hashes.add(InvitationCodes.hash(code));
        }
        repository.addInvitations(m.id(), role.get(), hashes);
        audit.record(by, m.municipality(), "opret", "svarkoder til temperaturmåling " + m.id(), "ok",
                count + " koder til " + role.get().danish().toLowerCase(Locale.ROOT));
        return new Codes.Made(role.get(), List.copyOf(codes));
    }

    /** The measurement and role behind an unused code, without using it (to show the answer page). */
    @Transactional(readOnly = true)
    Optional<TemperatureRepository.Invitation> invitation(String typed) {
        return InvitationCodes.normalise(typed).flatMap(c -> repository.invitation(InvitationCodes.hash(c)));
    }

    /**
     * One respondent's answers: scores 1–5, null for "ved ikke", per statement id (a statement left out counts as
     * "ved ikke"). Everything is checked before the code is used, so a refused answer keeps its code.
     */
    Answered answer(String typed, Map<String, Integer> answers, String comment) {
        Optional<String> code = InvitationCodes.normalise(typed);
        Optional<TemperatureRepository.Invitation> found = code.flatMap(c -> repository.invitation(InvitationCodes.hash(c)));
        if (found.isEmpty()) {
            return new Answered.UnknownCode();
        }
        List<SurveyStatement> statements = repository.statements(found.get().measurement());
        Map<Long, Integer> scores = new HashMap<>();
        statements.forEach(s -> scores.put(s.id(), 0));
        for (Map.Entry<String, Integer> a : (answers == null ? Map.<String, Integer>of() : answers).entrySet()) {
            Long id = statementId(a.getKey(), statements);
            if (id == null) {
                return new Answered.Refused("answers", "Udsagnet '" + a.getKey() + "' hører ikke til denne måling.");
            }
            Integer score = a.getValue();
            if (score != null && (score < 1 || score > 5)) {
                return new Answered.Refused("answers", "Et svar skal være 1, 2, 3, 4, 5 eller «ved ikke».");
            }
            scores.put(id, score == null ? 0 : score);
        }
        Optional<String> problem = FreeText.problem("Kommentar", comment, MAX_COMMENT, false);
        if (problem.isPresent()) {
            return new Answered.Refused("comment", problem.get());
        }
        if (!repository.consume(InvitationCodes.hash(code.get()))) {
            return new Answered.UnknownCode(); // used by a concurrent answer a moment ago
        }
        repository.record(found.get().measurement(), found.get().role(), scores);
        if (comment != null && !comment.isBlank()) {
            repository.addComment(found.get().measurement(), found.get().role(), comment.strip());
        }
        return new Answered.Stored();
    }

    @Transactional(readOnly = true)
    SurveyResults.Results results(long measurement) {
        return SurveyResults.of(repository.statements(measurement), repository.answers(measurement));
    }

    Change addInterview(Measurement m, String date, String roleText, List<Integer> themes, String keyPoints, String by) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return Change.refused("date", "Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2026-03-12.");
        }
        if (day.isAfter(DanishFormat.today(clock))) {
            return Change.refused("date", "Et interview kan ikke ligge i fremtiden.");
        }
        Optional<SurveyRole> role = SurveyRole.parse(roleText);
        if (role.isEmpty()) {
            return Change.refused("role", "Vælg, hvilken rolle der blev interviewet.");
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (Integer t : themes == null ? List.<Integer>of() : themes) {
            Optional<Recommendation> r = t == null ? Optional.empty() : Recommendation.of(t);
            if (r.isEmpty()) {
                return Change.refused("themes", "Et tema skal være en af anbefalingerne 1-6.");
            }
            recommendations.add(r.get());
        }
        Optional<String> problem = FreeText.problem("Hovedpunkter", keyPoints, 5000, true);
        if (problem.isPresent()) {
            return Change.refused("keyPoints", problem.get());
        }
        long id = repository.addInterview(m.id(), day, role.get(), recommendations, keyPoints.strip(), by);
        audit.record(by, m.municipality(), "opret", "interview " + id + " til temperaturmåling " + m.id(), "ok", null);
        return new Change.Done(id);
    }

    private static Long statementId(String key, List<SurveyStatement> statements) {
        try {
            long id = Long.parseLong(key.strip());
            return statements.stream().anyMatch(s -> s.id() == id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
