package dk.raaderum.progression.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.platform.web.ApiProblems;
import dk.raaderum.progression.internal.CitizenRecords.Saved;
import dk.raaderum.progression.internal.Drafts.AssessmentDraft;
import dk.raaderum.progression.internal.Drafts.CitizenDraft;
import dk.raaderum.security.CurrentUser;

/**
 * Citizens' records under {@code /api/v1/municipalities/{code}/citizens}: the municipality's sagsbehandlere,
 * analytikere and leder read them (each read audited, with {@code begrundelse} if given), sagsbehandlere and the
 * leder record them, the leder exports (access request) and erases them. Nobody else — not the network, not
 * politicians, not another municipality — gets past the annotations.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/citizens")
class CitizenApiController {

    private static final String NOT_FOUND = "Borgeren findes ikke, eller du har ikke adgang til borgerens team";

    private final CitizenRecords records;
    private final AssessmentImport imports;
    private final CitizenExport export;

    CitizenApiController(CitizenRecords records, AssessmentImport imports, CitizenExport export) {
        this.records = records;
        this.imports = imports;
        this.export = export;
    }

    @PostMapping
    @PreAuthorize("@access.changesIndividuals(#code, 'borger')")
    ResponseEntity<?> create(@PathVariable int code, @RequestBody CitizenDraft draft, Authentication auth) {
        Saved saved = records.create(code, draft, user(auth));
        if (saved instanceof Saved.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/municipalities/" + code + "/citizens/" + done.id()))
                    .body(Map.of("id", done.id()));
        }
        return refused(saved);
    }

    @GetMapping
    @PreAuthorize("@access.readsIndividuals(#code, 'borgerliste')")
    List<CitizenJson.Summary> list(@PathVariable int code, @RequestParam(required = false) String begrundelse,
            Authentication auth) {
        return records.list(code, user(auth), begrundelse).stream().map(CitizenJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("@access.readsIndividuals(#code, 'borger ' + #id)")
    ResponseEntity<?> read(@PathVariable int code, @PathVariable long id,
            @RequestParam(required = false) String begrundelse, @RequestParam(required = false) String reason,
            Authentication auth) {
        return records.read(code, id, user(auth), begrundelse != null ? begrundelse : reason)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(CitizenJson.of(r)))
                .orElseGet(() -> ApiProblems.notFound(NOT_FOUND));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@access.changesIndividuals(#code, 'borger ' + #id)")
    ResponseEntity<?> update(@PathVariable int code, @PathVariable long id, @RequestBody CitizenDraft draft,
            Authentication auth) {
        Saved saved = records.update(code, id, draft, user(auth));
        return saved instanceof Saved.Done ? ResponseEntity.ok(Map.of("id", id)) : refused(saved);
    }

    @PostMapping("/{id}/assessments")
    @PreAuthorize("@access.changesIndividuals(#code, 'borger ' + #id)")
    ResponseEntity<?> assess(@PathVariable int code, @PathVariable long id, @RequestBody AssessmentDraft draft,
            Authentication auth) {
        Saved saved = records.assess(code, id, draft, user(auth));
        return saved instanceof Saved.Done done ? ResponseEntity.status(201).body(Map.of("id", done.id()))
                : refused(saved);
    }

    /** Erasure on request, by the leder, with a reason. */
    @DeleteMapping("/{id}")
    @PreAuthorize("@access.changes(#code, 'sletning af borger ' + #id)")
    ResponseEntity<?> erase(@PathVariable int code, @PathVariable long id,
            @RequestParam(required = false) String begrundelse, @RequestParam(required = false) String reason,
            Authentication auth) {
        Saved saved = records.erase(code, id, begrundelse != null ? begrundelse : reason, user(auth));
        return saved instanceof Saved.Done ? ResponseEntity.noContent().build() : refused(saved);
    }

    /** Access request (indsigt): everything Råderum holds about the citizen, as JSON or CSV; by the leder. */
    @GetMapping("/{id}/export")
    @PreAuthorize("@access.changes(#code, 'indsigt i borger ' + #id)")
    ResponseEntity<?> export(@PathVariable int code, @PathVariable long id,
            @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) String begrundelse,
            Authentication auth) {
        if (!format.equals("json") && !format.equals("csv")) {
            return ApiProblems.badRequest("Ugyldigt format", "format skal være json eller csv", Map.of("field", "format"));
        }
        return records.export(code, id, user(auth), begrundelse).<ResponseEntity<?>>map(r -> format.equals("csv")
                ? ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indsigt-borger-" + id + ".csv\"")
                        .body(export.csv(r))
                : ResponseEntity.ok(export.json(r)))
                .orElseGet(() -> ApiProblems.notFound(NOT_FOUND));
    }

    /** The case management system's export of assessments (format in the README); all or nothing. */
    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("@access.changesIndividuals(#code, 'import af vurderinger')")
    ResponseEntity<?> importCsv(@PathVariable int code, @RequestBody String csv,
            @RequestHeader(value = "X-Filnavn", required = false) String fileName, Authentication auth) {
        AssessmentImport.Outcome outcome = imports.run(code, fileName, csv, user(auth));
        if (outcome instanceof AssessmentImport.Outcome.Imported i) {
            return ResponseEntity.ok(Map.of("rows", i.rows(), "citizensCreated", i.citizensCreated(),
                    "assessments", i.assessments()));
        }
        AssessmentImport.Outcome.Rejected r = (AssessmentImport.Outcome.Rejected) outcome;
        return ApiProblems.badRequest("Filen blev afvist", r.message(),
                new java.util.LinkedHashMap<>(Map.of("line", r.line(), "field", r.field() == null ? "" : r.field())));
    }

    private static ResponseEntity<?> refused(Saved saved) {
        if (saved instanceof Saved.Refused r) {
            return ApiProblems.badRequest("Ugyldige oplysninger", r.message(), Map.of("field", r.field()));
        }
        return ApiProblems.notFound(NOT_FOUND);
    }

    static CurrentUser user(Authentication auth) {
        return CurrentUser.of(auth).orElseThrow();
    }
}
