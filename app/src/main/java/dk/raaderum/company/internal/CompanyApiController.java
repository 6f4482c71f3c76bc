package dk.raaderum.company.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.indicator.Period;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.web.ApiProblems;

/**
 * The company register and its metrics under {@code /api/v1/municipalities/{code}/companies}: the municipality's own
 * users read the register, its sagsbehandlere and leder change it (placements may name a case reference), the leder
 * sets the service level and the number of companies; the metrics are read like the plan (the network too, where the
 * municipality shares).
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/companies")
class CompanyApiController {

    private final CompanyRepository repository;
    private final CrmImport imports;
    private final CompanySettings settings;
    private final CompanyViews views;
    private final Clock clock;

    CompanyApiController(CompanyRepository repository, CrmImport imports, CompanySettings settings, CompanyViews views,
            Clock clock) {
        this.repository = repository;
        this.imports = imports;
        this.settings = settings;
        this.views = views;
        this.clock = clock;
    }

    record ServiceLevel(Double days) {
    }

    record Population(Integer companies, String source) {
    }

    @GetMapping
    @PreAuthorize("@companyAccess.ownReads(#code, 'virksomheder')")
    List<CompanyRecords.Listed> list(@PathVariable int code) {
        return repository.companies(code, DanishFormat.today(clock));
    }

    @GetMapping("/{cvr:\\d{8}}")
    @PreAuthorize("@companyAccess.ownReads(#code, 'virksomhed')")
    ResponseEntity<?> company(@PathVariable int code, @PathVariable String cvr) {
        return repository.company(code, cvr).<ResponseEntity<?>>map(c -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("company", c);
            body.put("contacts", repository.contacts(code, cvr));
            body.put("agreements", repository.agreements(code, cvr));
            body.put("inquiries", repository.inquiries(code, cvr));
            body.put("placements", repository.placements(code, cvr).stream().map(CompanyApiController::placement)
                    .toList());
            return ResponseEntity.ok(body);
        }).orElseGet(() -> ApiProblems.notFound("Virksomheden findes ikke hos jobcentret"));
    }

    /** A placement without its citizen: only whether it is linked to a progression record. */
    private static Map<String, Object> placement(CompanyRecords.Placement p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ref", p.ref());
        out.put("kind", p.kind().name());
        out.put("start", p.start().toString());
        out.put("end", p.end() == null ? null : p.end().toString());
        out.put("outcome", p.outcome() == null ? null : p.outcome().name());
        out.put("linkedToCitizen", p.citizenId() != null);
        return out;
    }

    /** A company typed in (fields as the CSV format's columns: cvr, navn, branche, stoerrelse, sektor, kommunekode). */
    @PostMapping
    @PreAuthorize("@access.changesIndividuals(#code, 'virksomheder')")
    ResponseEntity<?> save(@PathVariable int code, @RequestBody Map<String, String> fields, Authentication auth) {
        return answer(imports.entry(code, CrmImport.Kind.VIRKSOMHEDER, fields, auth.getName()));
    }

    /** A contact, agreement, inquiry or placement for the company, with the CSV format's field names. */
    @PostMapping("/{cvr:\\d{8}}/{kind}")
    @PreAuthorize("@access.changesIndividuals(#code, 'virksomhed')")
    ResponseEntity<?> entry(@PathVariable int code, @PathVariable String cvr, @PathVariable String kind,
            @RequestBody Map<String, String> fields, Authentication auth) {
        CrmImport.Kind which = switch (kind) {
            case "contacts" -> CrmImport.Kind.KONTAKTER;
            case "agreements" -> CrmImport.Kind.AFTALER;
            case "inquiries" -> CrmImport.Kind.HENVENDELSER;
            case "placements" -> CrmImport.Kind.FORLOEB;
            default -> null;
        };
        if (which == null) {
            return ApiProblems.notFound("Ukendt slags: brug contacts, agreements, inquiries eller placements");
        }
        Map<String, String> withCvr = new LinkedHashMap<>(fields);
        withCvr.put("cvr", cvr);
        return answer(imports.entry(code, which, withCvr, auth.getName()));
    }

    /** The CRM's CSV export (companies, contacts, agreements, inquiries or placements; told by the header). */
    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("@access.changesIndividuals(#code, 'import af virksomhedsdata')")
    ResponseEntity<?> importCsv(@PathVariable int code, @RequestBody String csv,
            @RequestHeader(value = "X-Filnavn", required = false) String fileName, Authentication auth) {
        return answer(imports.run(code, fileName, csv, auth.getName()));
    }

    @GetMapping("/metrics")
    @PreAuthorize("@access.reads(#code, 'virksomhedsmetrikker')")
    ResponseEntity<?> metrics(@PathVariable int code, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        CompanyViews.Metrics m;
        try {
            m = from == null ? views.lastYear(code, DanishFormat.today(clock))
                    : views.metrics(code, Period.parse(from), Period.parse(to == null ? from : to));
        } catch (IllegalArgumentException e) {
            return ApiProblems.badRequest("Ugyldig periode", e.getMessage(), Map.of("field", "from"));
        }
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int p = 0; p < m.periods().size(); p++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", m.periods().get(p).toString());
            for (String id : m.values().keySet()) {
                row.put(id, m.values().get(id).get(p));
            }
            rows.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("synthetic", m.synthetic());
        body.put("source", m.source());
        body.put("serviceLevelDays", repository.serviceLevel(code).orElse(null));
        body.put("rows", rows);
        return ResponseEntity.ok(body);
    }

    @PutMapping("/service-level")
    @PreAuthorize("@access.changes(#code, 'serviceniveau')")
    ResponseEntity<?> serviceLevel(@PathVariable int code, @RequestBody ServiceLevel level, Authentication auth) {
        return settings.setServiceLevel(code, level.days(), auth.getName())
                .<ResponseEntity<?>>map(p -> ApiProblems.badRequest("Ugyldigt serviceniveau", p, Map.of("field", "days")))
                .orElseGet(() -> ResponseEntity.ok(Map.of("days", level.days())));
    }

    @PutMapping("/population/{year}")
    @PreAuthorize("@access.changes(#code, 'antal virksomheder')")
    ResponseEntity<?> population(@PathVariable int code, @PathVariable int year, @RequestBody Population p,
            Authentication auth) {
        return settings.setPopulation(code, year, p.companies(), p.source(), auth.getName())
                .<ResponseEntity<?>>map(e -> ApiProblems.badRequest("Ugyldigt antal", e, Map.of("field", "companies")))
                .orElseGet(() -> ResponseEntity.ok(Map.of("year", year, "companies", p.companies())));
    }

    private static ResponseEntity<?> answer(CrmImport.Outcome outcome) {
        if (outcome instanceof CrmImport.Outcome.Imported i) {
            return ResponseEntity.ok(Map.of("kind", i.kind(), "rows", i.rows(), "created", i.created(),
                    "updated", i.updated()));
        }
        CrmImport.Outcome.Rejected r = (CrmImport.Outcome.Rejected) outcome;
        return ApiProblems.badRequest("Afvist", r.message(), Map.of("line", r.line(),
                "field", r.field() == null ? "" : r.field()));
    }
}
