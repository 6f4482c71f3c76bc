package dk.raaderum.dialogue.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.platform.web.ApiProblems;

/** Dialogue meetings and satisfaction surveys under {@code /api/v1/municipalities/{code}/dialogue}. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/dialogue")
class DialogueApiController {

    private final Dialogue dialogue;
    private final SatisfactionSurveys surveys;

    DialogueApiController(Dialogue dialogue, SatisfactionSurveys surveys) {
        this.dialogue = dialogue;
        this.surveys = surveys;
    }

    @GetMapping("/meetings")
    @PreAuthorize("@access.reads(#code, 'dialogmøder')")
    List<Meeting> meetings(@PathVariable int code) {
        return dialogue.recent(code, 5);
    }

    @PostMapping("/meetings")
    @PreAuthorize("@access.changes(#code, 'dialogmøder')")
    ResponseEntity<?> record(@PathVariable int code, @RequestBody Dialogue.MeetingDraft draft, Authentication auth) {
        Dialogue.Saved saved = dialogue.record(code, draft, auth.getName());
        if (saved instanceof Dialogue.Saved.Done done) {
            return ResponseEntity.status(201).body(Map.of("id", done.id()));
        }
        Dialogue.Saved.Refused r = (Dialogue.Saved.Refused) saved;
        return ApiProblems.badRequest("Ugyldigt dialogmøde", r.message(), Map.of("field", r.field()));
    }

    /** Survey results per year: {@code aar;undersoegelse;svar;tilfredse}. */
    @PostMapping(value = "/satisfaction/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("@access.changes(#code, 'tilfredshedsundersøgelser')")
    ResponseEntity<?> importSurveys(@PathVariable int code, @RequestBody String csv,
            @RequestHeader(value = "X-Filnavn", required = false) String fileName, Authentication auth) {
        SatisfactionSurveys.Outcome outcome = surveys.importCsv(code, fileName, csv, auth.getName(), false);
        if (outcome instanceof SatisfactionSurveys.Outcome.Imported i) {
            return ResponseEntity.ok(Map.of("rows", i.rows()));
        }
        SatisfactionSurveys.Outcome.Rejected r = (SatisfactionSurveys.Outcome.Rejected) outcome;
        return ApiProblems.badRequest("Filen blev afvist", r.message(), Map.of("line", r.line(),
                "field", r.field() == null ? "" : r.field()));
    }
}
