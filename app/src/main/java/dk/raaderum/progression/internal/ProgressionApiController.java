package dk.raaderum.progression.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.FreeText;
import dk.raaderum.platform.web.ApiProblems;
import dk.raaderum.progression.Dimension;
import dk.raaderum.progression.ProgressionAggregate;
import dk.raaderum.security.AuditTrail;

/**
 * Progression in aggregate ({@code GET …/progression?by=team|targetGroup|effort&months=3|6}) for everyone who reads
 * the municipality's documents — politicians, and the network where the municipality shares — and the set-up the
 * leder manages: the dimensions and the caseworkers' teams.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}")
class ProgressionApiController {

    private final ProgressionFigures figures;
    private final ProgressionSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    ProgressionApiController(ProgressionFigures figures, ProgressionSettings settings, AuditTrail audit, Clock clock) {
        this.figures = figures;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    record TeamsDraft(List<String> teams) {
    }

    @GetMapping("/progression/dimensions")
    @PreAuthorize("@access.reads(#code, 'progressionsdimensioner')")
    List<Dimension> dimensions(@PathVariable int code) {
        return settings.dimensions(code);
    }

    @PutMapping("/progression/dimensions")
    @PreAuthorize("@access.changes(#code, 'progressionsdimensioner')")
    ResponseEntity<?> setDimensions(@PathVariable int code, @RequestBody List<Dimension> dimensions,
            Authentication auth) {
        Set<String> ids = new HashSet<>();
        List<Dimension> kept = new ArrayList<>();
        for (Dimension d : dimensions == null ? List.<Dimension>of() : dimensions) {
            String name = FreeText.trimmed(d.name());
            if (!Dimension.validId(d.id()) || !ids.add(d.id())) {
                return ApiProblems.badRequest("Ugyldig dimension", "Hver dimension skal have et entydigt id af små "
                        + "bogstaver, tal og _ (2-40 tegn)", Map.of("field", "id"));
            }
            if (name == null || FreeText.problem("Navnet", name, 80).isPresent()) {
                return ApiProblems.badRequest("Ugyldig dimension", "Hver dimension skal have et navn på højst 80 tegn",
                        Map.of("field", "name"));
            }
            kept.add(new Dimension(d.id(), name));
        }
        if (kept.isEmpty()) {
            return ApiProblems.badRequest("Ugyldige dimensioner", "Angiv mindst én dimension", Map.of("field", "id"));
        }
        settings.replaceDimensions(code, kept);
        audit.record(auth.getName(), code, "ændr", "progressionsdimensioner", "ok", kept.size() + " dimensioner");
        return ResponseEntity.ok(kept);
    }

    @GetMapping("/progression")
    @PreAuthorize("@access.reads(#code, 'progression i alt')")
    ResponseEntity<?> aggregate(@PathVariable int code, @RequestParam(defaultValue = "targetGroup") String by,
            @RequestParam(defaultValue = "3") int months, @RequestParam(required = false) String asOf) {
        var grouping = ProgressionFigures.Grouping.parse(by);
        if (grouping.isEmpty()) {
            return ApiProblems.badRequest("Ugyldig gruppering", "'by' skal være team, targetGroup eller effort",
                    Map.of("field", "by"));
        }
        if (!ProgressionFigures.HORIZONS.contains(months)) {
            return ApiProblems.badRequest("Ugyldig periode", "'months' skal være 3 eller 6", Map.of("field", "months"));
        }
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? DanishFormat.today(clock) : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            return ApiProblems.badRequest("Ugyldig dato", "'asOf' skal være en dato som 2026-10-31",
                    Map.of("field", "asOf"));
        }
        // only month ends back in time: aggregates a day apart could be subtracted to find one citizen's change
        if (asOf != null && !asOf.isBlank() && !day.equals(day.with(TemporalAdjusters.lastDayOfMonth()))) {
            return ApiProblems.badRequest("Ugyldig dato", "'asOf' skal være en måneds sidste dag, fx 2026-10-31: tal "
                    + "for to dage tæt på hinanden ville kunne trækkes fra hinanden og afsløre en enkelt borger",
                    Map.of("field", "asOf"));
        }
        ProgressionFigures.Result r = figures.aggregate(code, grouping.get(), months, day);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("by", grouping.get().key());
        body.put("months", months);
        body.put("asOf", day.toString());
        body.put("synthetic", r.synthetic());
        body.put("rows", r.table().groups().stream().map(f -> row(grouping.get().key(), f)).toList());
        body.put("total", row(grouping.get().key(), r.table().total()));
        body.put("source", ProgressionTables.source(r));
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> row(String key, ProgressionAggregate.Figures f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(key, f.group() == null ? ProgressionTables.TOTAL : f.group());
        row.put("citizens", f.citizens());
        row.put("suppressed", f.suppressed());
        row.put("mean_change", f.meanChange());
        row.put("share_with_progress", f.shareWithProgress());
        row.put("dimensions", f.dimensions());
        row.put("interval", f.interval() == null ? null
                : Map.of("lower", f.interval().lower(), "upper", f.interval().upper(), "confidence",
                        ProgressionAggregate.CONFIDENCE));
        return row;
    }

    @GetMapping("/caseworkers")
    @PreAuthorize("@access.changes(#code, 'sagsbehandlerteams')")
    Map<String, List<String>> caseworkers(@PathVariable int code) {
        return settings.caseworkers(code);
    }

    /** Limits a caseworker to her teams (an empty list lifts the limit). */
    @PutMapping("/caseworkers/{username}/teams")
    @PreAuthorize("@access.changes(#code, 'sagsbehandlerteams')")
    ResponseEntity<?> setTeams(@PathVariable int code, @PathVariable String username, @RequestBody TeamsDraft draft,
            Authentication auth) {
        Set<String> teams = new LinkedHashSet<>();
        for (String t : draft.teams() == null ? List.<String>of() : draft.teams()) {
            String team = FreeText.trimmed(t);
            if (team == null || FreeText.problem("Teamet", team, Drafts.TEAM_LENGTH).isPresent()) {
                return ApiProblems.badRequest("Ugyldigt team", "Hvert team skal have et navn på højst "
                        + Drafts.TEAM_LENGTH + " tegn", Map.of("field", "teams"));
            }
            teams.add(team);
        }
        settings.setTeams(code, username.strip(), teams);
        audit.record(auth.getName(), code, "ændr", "sagsbehandlerteams for " + username.strip(), "ok",
                teams.isEmpty() ? "ingen begrænsning" : String.join(", ", teams));
        return ResponseEntity.ok(Map.of("username", username.strip(), "teams", teams));
    }
}
