package dk.raaderum.partnership.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import dk.raaderum.partnership.SurveyResults;
import dk.raaderum.partnership.SurveyRole;
import dk.raaderum.security.AuditTrail;

/** Reads of a measurement that need more than one repository call, and the audit of reading comments. */
@Service
class TemperatureViews {

    /** A comment as the leder reads it: the role, or null when the role has too few answers to be named. */
    record ShownComment(SurveyRole role, String body) {
    }

    private final TemperatureRepository repository;
    private final TemperatureService service;
    private final AuditTrail audit;

    TemperatureViews(TemperatureRepository repository, TemperatureService service, AuditTrail audit) {
        this.repository = repository;
        this.service = service;
        this.audit = audit;
    }

    /**
     * The comments, grouped by role; the roles with fewer than five respondents are pooled without a role, so a
     * comment does not point to the one partner or director who answered. Sorted by role and text, never by arrival.
     */
    List<ShownComment> comments(Measurement m, String reader) {
        Map<SurveyRole, Integer> respondents = service.results(m.id()).respondents();
        List<ShownComment> shown = repository.comments(m.id()).stream()
                .map(c -> new ShownComment(respondents.getOrDefault(c.role(), 0) >= SurveyResults.THRESHOLD ? c.role()
                        : null, c.body()))
                .sorted(Comparator.comparing((ShownComment c) -> c.role() == null ? SurveyRole.values().length
                        : c.role().ordinal()).thenComparing(ShownComment::body))
                .toList();
        audit.record(reader, m.municipality(), "læs", "kommentarer til temperaturmåling " + m.id(), "ok",
                shown.size() + " kommentarer");
        return shown;
    }
}
