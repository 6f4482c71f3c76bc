package dk.raaderum.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Goal;
import dk.raaderum.plan.GoalKind;
import dk.raaderum.plan.Motorvej;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.plan.TeamTarget;
import dk.raaderum.plan.internal.Drafts.AlternativeDraft;
import dk.raaderum.plan.internal.Drafts.DecisionDraft;
import dk.raaderum.plan.internal.Drafts.GoalDraft;
import dk.raaderum.plan.internal.Drafts.MotorvejDraft;
import dk.raaderum.plan.internal.Drafts.Verdict;
import dk.raaderum.plan.internal.SteeringText.TextKind;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/** The steering chain in the browser: plan and goals, one goal, motorvej, committee cases and resultatrevision. */
@Controller
@RequestMapping("/kommune/{code}/plan")
class PlanPageController {

    /** The municipality's own figures (module company and dialogue) that goals are set on. */
    private static final Set<String> OWN_FIGURES = Set.of("virk_samarbejde_antal", "virk_samarbejde_andel",
            "virk_forloeb_pr_1000", "virk_forloeb_privat_andel", "virk_svartid_median_dage",
            "virk_svartid_overholdt_andel", "virk_forloeb_job_6m_andel", "tilfredshed_borgere",
            "tilfredshed_virksomheder");

    private final Clock clock;

    private final MunicipalityAccess access;
    private final Geography geography;
    private final IndicatorCatalog catalog;
    private final PlanRepository repository;
    private final DecisionRepository decisions;
    private final GoalAssessor assessor;
    private final SteeringService steering;
    private final SteeringFigures figures;
    private final PlanViews views;

    PlanPageController(MunicipalityAccess access, Geography geography, IndicatorCatalog catalog,
            PlanRepository repository, DecisionRepository decisions, GoalAssessor assessor, SteeringService steering,
            SteeringFigures figures,
            PlanViews views, Clock clock) {

        this.clock = clock;
        this.access = access;
        this.geography = geography;
        this.catalog = catalog;
        this.repository = repository;
        this.decisions = decisions;
        this.assessor = assessor;
        this.steering = steering;
        this.figures = figures;
        this.views = views;
    }

    @GetMapping
    String plan(@PathVariable int code, @RequestParam(name = "aar", required = false) Integer year,
            Authentication user, Model model) {
        allow(user, code, Need.READ, "plan", model);
        List<Integer> years = repository.planYears(code);
        int shown = year != null ? year : years.isEmpty() ? DanishFormat.today(clock).getYear() : years.get(0);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("texts", repository.currentTexts(code));
        model.addAttribute("textKinds", TextKind.values());
        List<FollowedGoal> goals = assessor.goals(code, shown);
        model.addAttribute("goals", goals);
        model.addAttribute("teams", goals.stream().flatMap(g -> g.goal().teams().stream())
                .map(TeamTarget::team).distinct().sorted().toList());
        model.addAttribute("findings", views.consistency(code, shown,
                goals.stream().map(FollowedGoal::goal).toList()));
        goalFormChoices(model);
        model.addAttribute("shares", access.sharesWithNetwork(code));
        return "plan/plan";
    }

    @GetMapping("/maal/{id}")
    String goal(@PathVariable int code, @PathVariable long id, Authentication user, Model model) {
        allow(user, code, Need.READ, "mål " + id, model);
        Goal goal = repository.goal(code, id).orElseThrow(() -> notFound("Målet findes ikke"));
        FollowedGoal followed = assessor.follow(goal, null);
        model.addAttribute("g", followed);
        model.addAttribute("teamLines", goal.teams().stream()
                .map(t -> t.team() + "; " + DanishFormat.number(t.target(), followed.decimals()) + "; " + t.owner())
                .collect(Collectors.joining("\n")));
        goalFormChoices(model);
        model.addAttribute("snapshots", repository.snapshots(id));
        model.addAttribute("decisions", decisions.decisions(code).stream()
                .filter(d -> d.goals().contains(id)).toList());
        return "plan/goal";
    }

    @GetMapping("/motorvej")
    String motorvej(@PathVariable int code, @RequestParam(name = "aar", required = false) Integer year,
            Authentication user, Model model) {
        allow(user, code, Need.READ, "motorvej", model);
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
        model.addAttribute("activation", figures.activation(code).orElse(null));
        model.addAttribute("findings", views.consistency(code, shown));
        return "plan/motorvej";
    }

    record MotorvejRow(TargetGroup group, Motorvej saved, SteeringFigures.Cost cost) {
    }

    @GetMapping("/beslutninger")
    String decisions(@PathVariable int code, Authentication user, Model model) {
        allow(user, code, Need.READ, "udvalgssager", model);
        model.addAttribute("cases", decisions.decisions(code));
        Map<Long, String> goalTitles = repository.planYears(code).stream()
                .flatMap(y -> repository.goals(code, y).stream())
                .collect(Collectors.toMap(Goal::id, g -> g.title() + " (" + g.planYear() + ")"));
        model.addAttribute("goalTitles", goalTitles);
        return "plan/decisions";
    }

    @GetMapping("/resultatrevision/{year}")
    String revision(@PathVariable int code, @PathVariable int year, Authentication user, Model model) {
        allow(user, code, Need.READ, "resultatrevision " + year, model);
        List<FollowedGoal> goals = views.yearEnd(code, year);
        Set<TargetGroup> groups = goals.stream().map(g -> g.goal().targetGroup())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TargetGroup.class)));
        model.addAttribute("year", year);
        model.addAttribute("goals", goals);
        model.addAttribute("comparisons", figures.comparisons(code, year, groups));
        return "plan/revision";
    }

    // --- changes (leder)

    @PostMapping("/tekster/{kind}")
    String changeText(@PathVariable int code, @PathVariable TextKind kind, @RequestParam String body,
            Authentication user, RedirectAttributes flash) {
        allow(user, code, Need.CHANGE, "tekster", null);
        return done(steering.addText(code, kind, body, user.getName()), flash, kind.danish() + " er gemt",
                "/kommune/" + code + "/plan");
    }

    @PostMapping("/maal")
    String createGoal(@PathVariable int code, @RequestParam Map<String, String> form, Authentication user,
            RedirectAttributes flash) {
        allow(user, code, Need.CHANGE, "mål", null);
        return done(steering.createGoal(code, goalDraft(form), user.getName()), flash, "Målet er oprettet",
                "/kommune/" + code + "/plan");
    }

    @PostMapping("/maal/{id}")
    String updateGoal(@PathVariable int code, @PathVariable long id, @RequestParam Map<String, String> form,
            Authentication user, RedirectAttributes flash) {
        allow(user, code, Need.CHANGE, "mål " + id, null);
        return done(steering.updateGoal(code, id, goalDraft(form), user.getName()), flash, "Målet er gemt",
                "/kommune/" + code + "/plan/maal/" + id);
    }

    /** The goal form's fields; the plan year follows the deadline. */
    private static GoalDraft goalDraft(Map<String, String> form) {
        return new GoalDraft(form.get("kind"), form.get("title"), form.get("targetGroup"), form.get("indicator"),
                form.get("baselineMonth"), FormNumbers.parse(form.get("baselineValue")),
                FormNumbers.parse(form.get("target")), form.get("direction"), form.get("deadline"), form.get("owner"),
                null, FormNumbers.teams(form.get("teams")));
    }

    private void goalFormChoices(Model model) {
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("kinds", GoalKind.values());
        // the register's per-group figures are not published on their own, but are natural goals; so are the
        // municipality's own company and satisfaction figures (kept off the public pages)
        model.addAttribute("indicators", catalog.all().stream().filter(i -> i.published()
                || i.id().startsWith("reg_") && (i.id().endsWith("_fuldtid") || i.id().endsWith("_pct_befolkning"))
                || OWN_FIGURES.contains(i.id())).toList());
    }

    @PostMapping("/maal/{id}/slet")
    String deleteGoal(@PathVariable int code, @PathVariable long id, Authentication user, RedirectAttributes flash) {
        allow(user, code, Need.CHANGE, "mål " + id, null);
        return done(steering.deleteGoal(code, id, user.getName()), flash, "Målet er slettet",
                "/kommune/" + code + "/plan");
    }

    @PostMapping("/motorvej")
    String saveMotorvej(@PathVariable int code, @RequestParam int year, @RequestParam Map<String, String> form,
            Authentication user, RedirectAttributes flash) {
        allow(user, code, Need.CHANGE, "motorvej", null);
        MotorvejDraft draft = new MotorvejDraft(form.get("targetGroup"), form.get("principles"),
                form.get("beyondMinimum"), form.get("availability"), FormNumbers.parse(form.get("mixCompany")),
                FormNumbers.parse(form.get("mixEducation")), FormNumbers.parse(form.get("mixProjects")),
                FormNumbers.parse(form.get("mixNytte")), FormNumbers.parse(form.get("budgetDkk")));
        return done(steering.saveMotorvej(code, year, draft, user.getName()), flash, "Motorvejen er gemt",
                "/kommune/" + code + "/plan/motorvej?aar=" + year);
    }

    @PostMapping("/beslutninger")
    String createDecision(@PathVariable int code, @RequestParam Map<String, String> form, Authentication user,
            RedirectAttributes flash) {
        allow(user, code, Need.CHANGE, "udvalgssager", null);
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
    String decide(@PathVariable int code, @PathVariable long id, @RequestParam(required = false) Long alternative,
            @RequestParam String rationale, Authentication user, RedirectAttributes flash) {
        allow(user, code, Need.CHANGE, "udvalgssag " + id, null);
        return done(steering.decide(code, id, new Verdict(alternative, rationale), user.getName()), flash,
                "Beslutningen er registreret", "/kommune/" + code + "/plan/beslutninger");
    }

    @PostMapping("/deling")
    String sharing(@PathVariable int code, @RequestParam(defaultValue = "false") boolean shares, Authentication user,
            RedirectAttributes flash) {
        allow(user, code, Need.CHANGE, "deling", null);
        access.setSharing(code, shares, user.getName());
        flash.addFlashAttribute("message", shares ? "Planen deles nu med netværket" : "Planen deles ikke længere");
        return "redirect:/kommune/" + code + "/plan";
    }

    private Municipality allow(Authentication user, int code, Need need, String target, Model model) {
        Municipality m = geography.municipality(code).orElseThrow(() -> notFound("Ukendt kommune"));
        access.require(user, code, need, "kommune " + code + ": " + target);
        if (model != null) {
            model.addAttribute("municipality", m);
            model.addAttribute("canChange", access.permits(user, code, Need.CHANGE));
        }
        return m;
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
