package dk.raaderum.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Goal;
import dk.raaderum.plan.GoalKind;
import dk.raaderum.plan.Motorvej;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.plan.TeamTarget;
import dk.raaderum.plan.internal.Drafts.AlternativeDraft;
import dk.raaderum.plan.internal.Drafts.DecisionDraft;
import dk.raaderum.plan.internal.Drafts.MotorvejDraft;
import dk.raaderum.plan.internal.Drafts.Verdict;
import dk.raaderum.plan.internal.SteeringText.TextKind;
import dk.raaderum.register.RegisterIndicator;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/**
 * The steering chain in the browser: plan and goals, one goal, motorvej, committee cases and resultatrevision.
 * Who may do what is declared per handler; the municipality's own users read, its leder changes.
 */
@Controller
@RequestMapping("/kommune/{code}/plan")
class PlanPageController {

    /** The municipality's own figures (module company and dialogue) that goals are set on. */
    private static final Set<String> OWN_FIGURES = Set.of("virk_samarbejde_antal", "virk_samarbejde_andel",
            "virk_forloeb_pr_1000", "virk_forloeb_privat_andel", "virk_svartid_median_dage",
            "virk_svartid_overholdt_andel", "virk_forloeb_job_6m_andel", "tilfredshed_borgere",
            "tilfredshed_virksomheder");

    private final MunicipalityAccess access;
    private final Geography geography;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final PlanRepository repository;
    private final DecisionRepository decisions;
    private final GoalAssessor assessor;
    private final SteeringService steering;
    private final SteeringFigures figures;
    private final PlanViews views;
    private final GoalChart chart;
    private final Clock clock;

    PlanPageController(MunicipalityAccess access, Geography geography, IndicatorCatalog catalog, IndicatorValues values,
            PlanRepository repository, DecisionRepository decisions, GoalAssessor assessor, SteeringService steering,
            SteeringFigures figures, PlanViews views, GoalChart chart, Clock clock) {
        this.access = access;
        this.geography = geography;
        this.catalog = catalog;
        this.values = values;
        this.repository = repository;
        this.decisions = decisions;
        this.assessor = assessor;
        this.steering = steering;
        this.figures = figures;
        this.views = views;
        this.chart = chart;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@access.reads(#code, 'plan')")
    String plan(@PathVariable int code, @RequestParam(name = "aar", required = false) Integer year,
            Authentication user, Model model) {
        return planPage(code, year, user, model, GoalForm.empty());
    }

    private String planPage(int code, Integer year, Authentication user, Model model, GoalForm form) {
        page(code, user, model);
        List<Integer> years = repository.planYears(code);
        int shown = year != null ? year : years.isEmpty() ? DanishFormat.today(clock).getYear() : years.get(0);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("texts", repository.currentTexts(code));
        model.addAttribute("textKinds", TextKind.values());
        List<FollowedGoal> goals = assessor.goals(code, shown);
        model.addAttribute("goals", goals);
        model.addAttribute("goalTable", PlanTables.goals(code, shown, goals, sources(goals)));
        model.addAttribute("teams", goals.stream().flatMap(g -> g.goal().teams().stream())
                .map(TeamTarget::team).distinct().sorted().toList());
        model.addAttribute("findings", views.consistency(code, shown,
                goals.stream().map(FollowedGoal::goal).toList()));
        goalFormChoices(model);
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", form);
        }
        model.addAttribute("shares", access.sharesWithNetwork(code));
        return "plan/plan";
    }

    @GetMapping("/maal/{id}")
    @PreAuthorize("@access.reads(#code, 'mål ' + #id)")
    String goal(@PathVariable int code, @PathVariable long id, Authentication user, Model model) {
        Goal goal = repository.goal(code, id).orElseThrow(() -> notFound("Målet findes ikke"));
        return goalPage(code, goal, user, model, null);
    }

    private String goalPage(int code, Goal goal, Authentication user, Model model, GoalForm form) {
        page(code, user, model);
        FollowedGoal followed = assessor.follow(goal, null);
        model.addAttribute("g", followed);
        model.addAttribute("teamTable", PlanTables.teams(followed));
        List<PlanRepository.Snapshot> snapshots = repository.snapshots(goal.id());
        model.addAttribute("snapshots", snapshots);
        model.addAttribute("snapshotTable", PlanTables.snapshots(followed, snapshots));
        GoalChart.View view = chart.of(followed, assessor.history(goal));
        model.addAttribute("chart", view);
        model.addAttribute("source", sources(List.of(followed)));
        goalFormChoices(model);
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", form != null ? form : GoalForm.of(followed));
        }
        model.addAttribute("decisions", decisions.decisions(code).stream()
                .filter(d -> d.goals().contains(goal.id())).toList());
        return "plan/goal";
    }

    @GetMapping("/motorvej")
    @PreAuthorize("@access.reads(#code, 'motorvej')")
    String motorvej(@PathVariable int code, @RequestParam(name = "aar", required = false) Integer year,
            Authentication user, Model model) {
        page(code, user, model);
        int shown = year != null ? year : repository.planYears(code).stream().findFirst()
                .orElse(DanishFormat.today(clock).getYear());
        List<Motorvej> saved = repository.motorveje(code, shown);
        Map<TargetGroup, Motorvej> byGroup = saved.stream().collect(Collectors.toMap(Motorvej::group, x -> x));
        List<MotorvejRow> rows = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            if (group.hasMotorvej()) {
                rows.add(new MotorvejRow(group, byGroup.get(group), figures.yearCost(code, group, shown).orElse(null)));
            }
        }
        model.addAttribute("year", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("budgetTable", PlanTables.budget(shown, rows));
        model.addAttribute("activation", figures.activation(code).orElse(null));
        model.addAttribute("findings", views.consistency(code, shown));
        return "plan/motorvej";
    }

    record MotorvejRow(TargetGroup group, Motorvej saved, SteeringFigures.Cost cost) {
    }

    @GetMapping("/beslutninger")
    @PreAuthorize("@access.reads(#code, 'udvalgssager')")
    String decisions(@PathVariable int code, Authentication user, Model model) {
        page(code, user, model);
        Map<Long, String> goalTitles = repository.planYears(code).stream()
                .flatMap(y -> repository.goals(code, y).stream())
                .collect(Collectors.toMap(Goal::id, g -> g.title() + " (" + g.planYear() + ")"));
        model.addAttribute("cases", PlanTables.cases(code, decisions.decisions(code), goalTitles));
        return "plan/decisions";
    }

    @GetMapping("/resultatrevision/{year}")
    @PreAuthorize("@access.reads(#code, 'resultatrevision ' + #year)")
    String revision(@PathVariable int code, @PathVariable int year, Authentication user, Model model) {
        page(code, user, model);
        List<FollowedGoal> goals = views.yearEnd(code, year);
        Set<TargetGroup> groups = goals.stream().map(g -> g.goal().targetGroup())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TargetGroup.class)));
        List<SteeringFigures.Comparison> comparisons = figures.comparisons(code, year, groups);
        model.addAttribute("year", year);
        model.addAttribute("goals", goals);
        model.addAttribute("goalTable", PlanTables.revisionGoals(year, goals));
        model.addAttribute("comparisons", comparisons);
        model.addAttribute("comparisonTable", PlanTables.comparisons(comparisons, sources(goals)));
        model.addAttribute("source", sources(goals));
        return "plan/revision";
    }

    // --- changes (leder)

    @PostMapping("/tekster/{kind}")
    @PreAuthorize("@access.changes(#code, 'tekster')")
    String changeText(@PathVariable int code, @PathVariable TextKind kind, @RequestParam String body,
            Authentication user, RedirectAttributes flash) {
        return done(steering.addText(code, kind, body, user.getName()), flash, kind.danish() + " er gemt",
                "/kommune/" + code + "/plan");
    }

    @PostMapping("/maal")
    @PreAuthorize("@access.changes(#code, 'mål')")
    String createGoal(@PathVariable int code, @ModelAttribute("goalForm") GoalForm form, BindingResult errors,
            Authentication user, Model model, RedirectAttributes flash) {
        Saved saved = steering.createGoal(code, form.draft(), user.getName());
        if (saved instanceof Saved.Invalid invalid) {
            errors.rejectValue(FieldLabels.formField(invalid.field()), "invalid", invalid.message());
            model.addAttribute("error", "Målet blev ikke oprettet: ret feltet «" + FieldLabels.of(invalid.field()) + "».");
            return planPage(code, null, user, model, form);
        }
        flash.addFlashAttribute("message", "Målet er oprettet");
        return "redirect:/kommune/" + code + "/plan";
    }

    @PostMapping("/maal/{id}")
    @PreAuthorize("@access.changes(#code, 'mål ' + #id)")
    String updateGoal(@PathVariable int code, @PathVariable long id, @ModelAttribute("goalForm") GoalForm form,
            BindingResult errors, Authentication user, Model model, RedirectAttributes flash) {
        Saved saved = steering.updateGoal(code, id, form.draft(), user.getName());
        if (saved instanceof Saved.Invalid invalid) {
            Goal goal = repository.goal(code, id).orElseThrow(() -> notFound("Målet findes ikke (det kan være slettet)"));
            errors.rejectValue(FieldLabels.formField(invalid.field()), "invalid", invalid.message());
            model.addAttribute("error", "Ændringen blev ikke gemt: ret feltet «" + FieldLabels.of(invalid.field()) + "».");
            return goalPage(code, goal, user, model, form);
        }
        flash.addFlashAttribute("message", "Målet er gemt");
        return "redirect:/kommune/" + code + "/plan/maal/" + id;
    }

    private void goalFormChoices(Model model) {
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("kinds", GoalKind.values());
        // the register's per-group figures are not published on their own, but are natural goals; so are the
        // municipality's own company and satisfaction figures (kept off the public pages)
        model.addAttribute("indicators", catalog.all().stream().filter(i -> i.published()
                || RegisterIndicator.parse(i.id()).map(r -> r.measure() == RegisterIndicator.Measure.FULL_TIME
                        || r.measure() == RegisterIndicator.Measure.SHARE_OF_POPULATION).orElse(false)
                || OWN_FIGURES.contains(i.id())).toList());
    }

    /** Deleting asks first: in the browser with a dialog, and without JavaScript on a page of its own. */
    @PostMapping("/maal/{id}/slet")
    @PreAuthorize("@access.changes(#code, 'mål ' + #id)")
    String deleteGoal(@PathVariable int code, @PathVariable long id,
            @RequestParam(name = "bekraeftet", defaultValue = "") String confirmed, Authentication user, Model model,
            RedirectAttributes flash) {
        Goal goal = repository.goal(code, id).orElseThrow(() -> notFound("Målet findes ikke"));
        if (!"ja".equals(confirmed)) {
            page(code, user, model);
            model.addAttribute("goal", goal);
            return "plan/confirm-delete";
        }
        return done(steering.deleteGoal(code, id, user.getName()), flash, "Målet «" + goal.title() + "» er slettet",
                "/kommune/" + code + "/plan");
    }

    @PostMapping("/motorvej")
    @PreAuthorize("@access.changes(#code, 'motorvej')")
    String saveMotorvej(@PathVariable int code, @RequestParam int year, @RequestParam Map<String, String> form,
            Authentication user, RedirectAttributes flash) {
        MotorvejDraft draft = new MotorvejDraft(form.get("targetGroup"), form.get("principles"),
                form.get("beyondMinimum"), form.get("availability"), FormNumbers.parse(form.get("mixCompany")),
                FormNumbers.parse(form.get("mixEducation")), FormNumbers.parse(form.get("mixProjects")),
                FormNumbers.parse(form.get("mixNytte")), FormNumbers.parse(form.get("budgetDkk")));
        return done(steering.saveMotorvej(code, year, draft, user.getName()), flash, "Motorvejen er gemt",
                "/kommune/" + code + "/plan/motorvej?aar=" + year);
    }

    @PostMapping("/beslutninger")
    @PreAuthorize("@access.changes(#code, 'udvalgssager')")
    String createDecision(@PathVariable int code, @RequestParam Map<String, String> form, Authentication user,
            RedirectAttributes flash) {
        List<AlternativeDraft> alternatives = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            if (form.getOrDefault("alt" + i + "Title", "").isBlank()) {
                continue;
            }
            alternatives.add(new AlternativeDraft(form.get("alt" + i + "Title"), form.get("alt" + i + "Effect"),
                    FormNumbers.parse(form.get("alt" + i + "Cost")), String.valueOf(i).equals(form.get("recommended"))));
        }
        DecisionDraft draft = new DecisionDraft(form.get("title"), form.get("background"), form.get("meetingDate"),
                alternatives, List.of());
        return done(steering.createDecision(code, draft, user.getName()), flash, "Sagen er oprettet",
                "/kommune/" + code + "/plan/beslutninger");
    }

    @PostMapping("/beslutninger/{id}/afgoer")
    @PreAuthorize("@access.changes(#code, 'udvalgssag ' + #id)")
    String decide(@PathVariable int code, @PathVariable long id, @RequestParam(required = false) Long alternative,
            @RequestParam String rationale, Authentication user, RedirectAttributes flash) {
        return done(steering.decide(code, id, new Verdict(alternative, rationale), user.getName()), flash,
                "Beslutningen er registreret", "/kommune/" + code + "/plan/beslutninger");
    }

    @PostMapping("/deling")
    @PreAuthorize("@access.changes(#code, 'deling')")
    String sharing(@PathVariable int code, @RequestParam(defaultValue = "false") boolean shares, Authentication user,
            RedirectAttributes flash) {
        access.setSharing(code, shares, user.getName());
        flash.addFlashAttribute("message", shares ? "Planen deles nu med netværket" : "Planen deles ikke længere");
        return "redirect:/kommune/" + code + "/plan";
    }

    /** What every plan page shows around its content (access has been checked by the annotation). */
    private Municipality page(int code, Authentication user, Model model) {
        Municipality m = geography.municipality(code).orElseThrow(() -> notFound("Ukendt kommune"));
        model.addAttribute("municipality", m);
        model.addAttribute("canChange", access.permits(user, code, Need.CHANGE));
        return m;
    }

    /** "Kilde: …" for each indicator the goals follow, once each. */
    private String sources(List<FollowedGoal> goals) {
        Set<String> sources = new LinkedHashSet<>();
        for (FollowedGoal g : goals) {
            catalog.find(g.goal().indicatorId()).flatMap(values::freshness).map(Freshness::describe)
                    .ifPresent(sources::add);
        }
        return sources.isEmpty() ? null : String.join(" ", sources);
    }

    private static String done(Saved saved, RedirectAttributes flash, String message, String back) {
        if (saved instanceof Saved.Invalid invalid) {
            flash.addFlashAttribute("error", invalid.message());
        } else {
            flash.addFlashAttribute("message", message);
        }
        return "redirect:" + back;
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
