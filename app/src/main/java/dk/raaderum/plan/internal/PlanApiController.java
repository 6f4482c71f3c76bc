package dk.raaderum.plan.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.geography.Geography;
import dk.raaderum.plan.ConsistencyCheck;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Goal;
import dk.raaderum.plan.Motorvej;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.plan.internal.Drafts.DecisionDraft;
import dk.raaderum.plan.internal.Drafts.GoalDraft;
import dk.raaderum.plan.internal.Drafts.MotorvejDraft;
import dk.raaderum.plan.internal.Drafts.SharingDraft;
import dk.raaderum.plan.internal.Drafts.TextDraft;
import dk.raaderum.plan.internal.Drafts.Verdict;
import dk.raaderum.plan.internal.PlanJson.GoalJson;
import dk.raaderum.plan.internal.PlanJson.SnapshotJson;
import dk.raaderum.plan.internal.SteeringText.TextKind;
import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/**
 * The steering chain of one municipality under {@code /api/v1/municipalities/{code}/…}, with the same login as
 * the UI. Reading needs the municipality (or the network, where it shares); changing needs its leder.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}")
class PlanApiController {

    private final MunicipalityAccess access;
    private final Geography geography;
    private final PlanRepository repository;
    private final DecisionRepository decisions;
    private final GoalAssessor assessor;
    private final SteeringService steering;
    private final SteeringFigures figures;
    private final AuditTrail audit;
    private final PlanViews views;

    PlanApiController(MunicipalityAccess access, Geography geography, PlanRepository repository,
            DecisionRepository decisions, GoalAssessor assessor,
            SteeringService steering, SteeringFigures figures, AuditTrail audit, PlanViews views) {
        this.access = access;
        this.geography = geography;
        this.repository = repository;
        this.decisions = decisions;
        this.assessor = assessor;
        this.steering = steering;
        this.figures = figures;
        this.audit = audit;
        this.views = views;
    }

    // --- vision, values, strategies

    @GetMapping("/texts")
    @PreAuthorize("@access.reads(#code, 'tekster')")
    List<SteeringText> texts(@PathVariable int code, Authentication user) {
        return repository.currentTexts(code);
    }

    @GetMapping("/texts/{kind}")
    @PreAuthorize("@access.reads(#code, 'tekster')")
    List<SteeringText> textHistory(@PathVariable int code, @PathVariable String kind, Authentication user) {
        return repository.textHistory(code, kind(kind));
    }

    @PutMapping("/texts/{kind}")
    @PreAuthorize("@access.changes(#code, 'tekster')")
    ResponseEntity<?> changeText(@PathVariable int code, @PathVariable String kind, @RequestBody TextDraft draft,
            Authentication user) {
        return answer(steering.addText(code, kind(kind), draft.body(), user.getName()),
                id -> repository.textHistory(code, kind(kind)).get(0), HttpStatus.OK, null);
    }

    // --- goals

    @GetMapping("/plans")
    @PreAuthorize("@access.reads(#code, 'plan')")
    List<Integer> plans(@PathVariable int code, Authentication user) {
        return repository.planYears(code);
    }

    @GetMapping("/goals")
    @PreAuthorize("@access.reads(#code, 'mål')")
    List<GoalJson> goals(@PathVariable int code, @RequestParam(required = false) Integer year, Authentication user) {
        Integer plan = year != null ? year : assessor.newestPlanYear(code).orElse(null);
        return plan == null ? List.of() : assessor.goals(code, plan).stream().map(PlanJson::goal).toList();
    }

    @PostMapping("/goals")
    @PreAuthorize("@access.changes(#code, 'mål')")
    ResponseEntity<?> createGoal(@PathVariable int code, @RequestBody GoalDraft draft, Authentication user) {
        return answer(steering.createGoal(code, draft, user.getName()), id -> goal(code, id), HttpStatus.CREATED,
                "/api/v1/municipalities/" + code + "/goals/");
    }

    @GetMapping("/goals/{id}")
    @PreAuthorize("@access.reads(#code, 'mål ' + #id)")
    GoalJson goal(@PathVariable int code, @PathVariable long id, Authentication user) {
        return goal(code, id);
    }

    @GetMapping("/goals/{id}/snapshots")
    @PreAuthorize("@access.reads(#code, 'mål ' + #id)")
    List<SnapshotJson> snapshots(@PathVariable int code, @PathVariable long id, Authentication user) {
        existingGoal(code, id);
        return repository.snapshots(id).stream().map(PlanJson::snapshot).toList();
    }

    @PutMapping("/goals/{id}")
    @PreAuthorize("@access.changes(#code, 'mål ' + #id)")
    ResponseEntity<?> updateGoal(@PathVariable int code, @PathVariable long id, @RequestBody GoalDraft draft,
            Authentication user) {
        existingGoal(code, id);
        return answer(steering.updateGoal(code, id, draft, user.getName()), g -> goal(code, g), HttpStatus.OK, null);
    }

    @DeleteMapping("/goals/{id}")
    @PreAuthorize("@access.changes(#code, 'mål ' + #id)")
    ResponseEntity<?> deleteGoal(@PathVariable int code, @PathVariable long id, Authentication user) {
        existingGoal(code, id);
        Saved deleted = steering.deleteGoal(code, id, user.getName());
        return deleted instanceof Saved.Invalid ? answer(deleted, x -> null, HttpStatus.OK, null)
                : ResponseEntity.noContent().build();
    }

    // --- motorvej and consistency

    record MotorvejJson(Motorvej motorvej, String targetGroupName, Double costDkk, String costPeriod,
            String costSource) {
    }

    @GetMapping("/motorvej")
    @PreAuthorize("@access.reads(#code, 'motorvej')")
    List<MotorvejJson> motorveje(@PathVariable int code, @RequestParam int year, Authentication user) {
        return repository.motorveje(code, year).stream().map(m -> {
            var cost = figures.yearCost(code, m.group(), year);
            return new MotorvejJson(m, m.group().danish(), cost.map(SteeringFigures.Cost::dkk).orElse(null),
                    cost.map(c -> c.first().danish() + "–" + c.last().danish()).orElse(null),
                    cost.map(SteeringFigures.Cost::source).orElse(null));
        }).toList();
    }

    @PutMapping("/motorvej/{year}")
    @PreAuthorize("@access.changes(#code, 'motorvej')")
    ResponseEntity<?> saveMotorvej(@PathVariable int code, @PathVariable int year, @RequestBody MotorvejDraft draft,
            Authentication user) {
        return answer(steering.saveMotorvej(code, year, draft, user.getName()), y -> motorveje(code, year, user),
                HttpStatus.OK, null);
    }

    @GetMapping("/consistency")
    @PreAuthorize("@access.reads(#code, 'konsistens')")
    List<ConsistencyCheck.Finding> consistency(@PathVariable int code, @RequestParam int year, Authentication user) {
        return views.consistency(code, year);
    }

    // --- committee decisions

    @GetMapping("/decisions")
    @PreAuthorize("@access.reads(#code, 'udvalgssager')")
    List<DecisionCase> decisions(@PathVariable int code, Authentication user) {
        return decisions.decisions(code);
    }

    @GetMapping("/decisions/{id}")
    @PreAuthorize("@access.reads(#code, 'udvalgssag ' + #id)")
    DecisionCase decision(@PathVariable int code, @PathVariable long id, Authentication user) {
        return existingDecision(code, id);
    }

    @PostMapping("/decisions")
    @PreAuthorize("@access.changes(#code, 'udvalgssager')")
    ResponseEntity<?> createDecision(@PathVariable int code, @RequestBody DecisionDraft draft, Authentication user) {
        return answer(steering.createDecision(code, draft, user.getName()), id -> existingDecision(code, id),
                HttpStatus.CREATED, "/api/v1/municipalities/" + code + "/decisions/");
    }

    @PostMapping("/decisions/{id}/decision")
    @PreAuthorize("@access.changes(#code, 'udvalgssag ' + #id)")
    ResponseEntity<?> decide(@PathVariable int code, @PathVariable long id, @RequestBody Verdict verdict,
            Authentication user) {
        existingDecision(code, id);
        return answer(steering.decide(code, id, verdict, user.getName()), d -> existingDecision(code, d),
                HttpStatus.OK, null);
    }

    // --- resultatrevision, sharing and audit

    record RevisionJson(int year, List<GoalJson> goals, List<SteeringFigures.Comparison> comparisons) {
    }

    @GetMapping("/revision/{year}")
    @PreAuthorize("@access.reads(#code, 'resultatrevision ' + #year)")
    RevisionJson revision(@PathVariable int code, @PathVariable int year, Authentication user) {
        List<FollowedGoal> goals = views.yearEnd(code, year);
        Set<TargetGroup> groups = goals.stream().map(g -> g.goal().targetGroup())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TargetGroup.class)));
        return new RevisionJson(year, goals.stream().map(PlanJson::goal).toList(),
                figures.comparisons(code, year, groups));
    }

    @GetMapping("/sharing")
    @PreAuthorize("@access.reads(#code, 'deling')")
    Map<String, Boolean> sharing(@PathVariable int code, Authentication user) {
        return Map.of("shares", access.sharesWithNetwork(code));
    }

    @PutMapping("/sharing")
    @PreAuthorize("@access.changes(#code, 'deling')")
    Map<String, Boolean> setSharing(@PathVariable int code, @RequestBody SharingDraft draft, Authentication user) {
        access.setSharing(code, Boolean.TRUE.equals(draft.shares()), user.getName());
        return Map.of("shares", access.sharesWithNetwork(code));
    }

    // ---

    private GoalJson goal(int code, long id) {
        return PlanJson.goal(assessor.follow(existingGoal(code, id), null));
    }

    private Goal existingGoal(int code, long id) {
        return repository.goal(code, id).orElseThrow(() -> new NoSuchElementException("Målet " + id + " findes ikke"));
    }

    private DecisionCase existingDecision(int code, long id) {
        return decisions.decision(code, id).orElseThrow(() -> new NoSuchElementException("Sagen " + id + " findes ikke"));
    }

    private static TextKind kind(String kind) {
        return Arrays.stream(TextKind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Teksttypen '" + kind + "' findes ikke: brug vision, "
                        + "vaerdier eller strategier"));
    }

    /** 201/200 with the saved thing, or 400 naming the field. */
    private static ResponseEntity<?> answer(Saved saved, LongFunction<Object> read,
            HttpStatus status, String location) {
        if (saved instanceof Saved.Invalid invalid) {
            HttpStatus refusal = invalid.field().equals("id") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal, invalid.message());
            problem.setTitle("Ugyldige data");
            problem.setProperty("field", invalid.field());
            return ResponseEntity.status(refusal).body(problem);
        }
        long id = ((Saved.Done) saved).id();
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (location != null) {
            builder.location(URI.create(location + id));
        }
        return builder.body(read.apply(id));
    }
}
