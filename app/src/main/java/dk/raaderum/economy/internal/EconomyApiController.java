package dk.raaderum.economy.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.security.AuditTrail;

/** The cost forecast and business cases of one municipality, with the same login as the UI. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}")
class EconomyApiController {

    private final EconomyService economy;
    private final CaseRepository cases;
    private final AuditTrail audit;
    private final CaseLinks links;

    EconomyApiController(EconomyService economy, CaseRepository cases, AuditTrail audit, CaseLinks links) {
        this.economy = economy;
        this.cases = cases;
        this.audit = audit;
        this.links = links;
    }

    @GetMapping("/economy/forecast")
    @PreAuthorize("@access.reads(#code, 'økonomiprognose')")
    ResponseEntity<?> forecast(@PathVariable int code, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) Integer quarters, Authentication user) {
        EconomyService.ForecastAnswer answer = economy.forecast(code, asOf, quarters);
        if (answer instanceof EconomyService.Refusal r) {
            return refused(r.field(), r.message());
        }
        return ResponseEntity.ok(EconomyJson.forecast((EconomyService.Forecast) answer));
    }

    @PostMapping("/businesscases")
    @PreAuthorize("@access.changes(#code, 'investeringscase')")
    ResponseEntity<?> businessCase(@PathVariable int code, @RequestBody CaseDraft draft, Authentication user) {
        EconomyService.CaseAnswer answer = economy.businessCase(code, draft);
        if (answer instanceof EconomyService.CaseRefusal r) {
            return refused(r.field(), r.message());
        }
        EconomyService.Computed c = (EconomyService.Computed) answer;
        EconomyJson.CaseJson result = EconomyJson.businessCase(c);
        long id = cases.save(code, c, result, user.getName());
        audit.record(user.getName(), code, "opret", "investeringscase " + id, "ok", c.input().title());
        return ResponseEntity.status(HttpStatus.CREATED).body(result.withId(id));
    }

    /** Attaches a kept case to a committee decision's alternative and the goals it serves, from a start month. */
    @PostMapping("/businesscases/{id}/link")
    @PreAuthorize("@access.changes(#code, 'investeringscase ' + #id)")
    ResponseEntity<?> link(@PathVariable int code, @PathVariable long id, @RequestBody CaseLinks.LinkDraft draft,
            Authentication user) {
        if (cases.find(code, id).isEmpty()) {
            return notFound(id);
        }
        CaseLinks.Answer answer = links.link(code, id, draft, user.getName());
        if (answer instanceof CaseLinks.Refused r) {
            return refused(r.field(), r.message());
        }
        audit.record(user.getName(), code, "tilknyt", "investeringscase " + id, "ok", draft.startMonth());
        return followUp(code, id, user);
    }

    /** Actual against expected per quarter from the start month; quarters without data say "ingen data endnu". */
    @GetMapping("/businesscases/{id}/followup")
    @PreAuthorize("@access.reads(#code, 'investeringscase ' + #id)")
    ResponseEntity<?> followUp(@PathVariable int code, @PathVariable long id, Authentication user) {
        var stored = cases.find(code, id);
        if (stored.isEmpty()) {
            return notFound(id);
        }
        CaseLinks.Answer answer = links.followUp(code, stored.get());
        if (answer instanceof CaseLinks.Refused r) {
            return refused(r.field(), r.message());
        }
        return ResponseEntity.ok(FollowUpView.json((CaseLinks.FollowedUp) answer));
    }

    /** A scenario, not kept: what a changed activation mix would save, under the effects given or assumed. */
    @PostMapping("/economy/activation-mix")
    @PreAuthorize("@access.reads(#code, 'aktiveringsmiks')")
    ResponseEntity<?> activationMix(@PathVariable int code, @RequestBody MixDraft draft, Authentication user) {
        EconomyService.CaseAnswer answer = economy.activationMix(code, draft);
        if (answer instanceof EconomyService.CaseRefusal r) {
            return refused(r.field(), r.message());
        }
        return ResponseEntity.ok(EconomyJson.mix((EconomyService.Mixed) answer));
    }

    private static ResponseEntity<ProblemDetail> notFound(long id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Investeringscasen " + id + " findes ikke i kommunen."));
    }

    private static ResponseEntity<ProblemDetail> refused(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Ugyldige data");
        problem.setProperty("field", field);
        return ResponseEntity.badRequest().body(problem);
    }
}
