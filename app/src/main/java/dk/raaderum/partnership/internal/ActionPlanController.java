package dk.raaderum.partnership.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.geography.Geography;
import dk.raaderum.partnership.ActionPlanText;
import dk.raaderum.partnership.ActionStatus;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/**
 * The council's action plan of the six recommendations: read by the municipality's users (and the network, where it
 * shares), changed by its leder; in the browser under {@code /kommune/{code}/handleplan}, as JSON under
 * {@code /api/v1/municipalities/{code}/action-plan}.
 */
@Controller
class ActionPlanController {

    record GoalJson(long id, String title, String status) {
    }

    record ActionJson(String key, int recommendation, String text, String status, String owner, String deadline,
            List<GoalJson> goals, Long practice, boolean example) {
    }

    record PlanJson(int municipality, List<String> summary, List<ActionJson> actions) {
    }

    record Adoption(Long practice) {
    }

    /** One recommendation's part of the page. */
    record Part(Recommendation recommendation, List<ActionItem> items) {
    }

    private final ActionPlanService service;
    private final Geography geography;
    private final MunicipalityAccess access;
    private final Clock clock;

    ActionPlanController(ActionPlanService service, Geography geography, MunicipalityAccess access, Clock clock) {
        this.service = service;
        this.geography = geography;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/v1/municipalities/{code}/action-plan")
    @ResponseBody
    @PreAuthorize("@access.reads(#code, 'handleplan')")
    PlanJson json(@PathVariable int code) {
        List<ActionItem> plan = service.plan(code);
        Map<Long, FollowedGoal> goals = service.goals(code);
        return new PlanJson(code, ActionPlanText.summary(ActionPlanTables.items(plan), DanishFormat.today(clock)),
                plan.stream().map(i -> new ActionJson(i.key(), i.recommendation().number(), i.title(),
                        i.status().name(), i.owner(), i.deadline() == null ? null : i.deadline().toString(),
                        i.goals().stream().map(id -> new GoalJson(id, goals.containsKey(id)
                                ? goals.get(id).goal().title() : null, goals.containsKey(id)
                                ? goals.get(id).assessment().status().danish() : null)).toList(),
                        i.practice(), i.example())).toList());
    }

    @PutMapping("/api/v1/municipalities/{code}/action-plan/{key}")
    @ResponseBody
    @PreAuthorize("@access.changes(#code, 'handleplan')")
    ResponseEntity<?> update(@PathVariable int code, @PathVariable String key, @RequestBody ActionItem.Draft draft,
            Authentication user) {
        Change change = service.update(code, key, draft, user.getName());
        return change instanceof Change.Done ? ResponseEntity.ok(json(code))
                : TemperatureApiController.refused((Change.Refused) change);
    }

    @PostMapping("/api/v1/municipalities/{code}/action-plan/adoptions")
    @ResponseBody
    @PreAuthorize("@access.changes(#code, 'handleplan')")
    ResponseEntity<?> adopt(@PathVariable int code, @RequestBody Adoption body, Authentication user) {
        Change change = service.adopt(code, body.practice(), user.getName());
        return change instanceof Change.Done ? ResponseEntity.status(HttpStatus.CREATED).body(json(code))
                : TemperatureApiController.refused((Change.Refused) change);
    }

    @GetMapping("/kommune/{code}/handleplan")
    @PreAuthorize("@access.reads(#code, 'handleplan')")
    String page(@PathVariable int code, Authentication user, Model model) {
        model.addAttribute("municipality", geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune")));
        boolean leder = access.permits(user, code, Need.CHANGE);
        List<ActionItem> plan = service.plan(code);
        Map<Long, FollowedGoal> goals = service.goals(code);
        model.addAttribute("canChange", leder);
        model.addAttribute("summary", ActionPlanText.summary(ActionPlanTables.items(plan), DanishFormat.today(clock)));
        model.addAttribute("table", ActionPlanTables.table("handleplan", "Handleplan for de seks anbefalinger", plan,
                goals));
        model.addAttribute("parts", Arrays.stream(Recommendation.values())
                .map(r -> new Part(r, plan.stream().filter(i -> i.recommendation() == r).toList())).toList());
        model.addAttribute("goals", goals.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("today", DanishFormat.today(clock));
        return "partnership/actionplan";
    }

    @PostMapping("/kommune/{code}/handleplan/{key}")
    @PreAuthorize("@access.changes(#code, 'handleplan')")
    String change(@PathVariable int code, @PathVariable String key, @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String deadline,
            @RequestParam(required = false) List<Long> goals, Authentication user, Model model,
            RedirectAttributes flash) {
        ActionItem.Draft draft = new ActionItem.Draft(status, owner, deadline, goals);
        Change change = service.update(code, key, draft, user.getName());
        if (change instanceof Change.Refused refused) {
            // the page again, with this action's form open, what was typed, and the message at the field
            model.addAttribute("failed", new Failed(key, draft, refused.field(), refused.message()));
            return page(code, user, model);
        }
        flash.addFlashAttribute("message", "Handlingen " + key + " er gemt.");
        return "redirect:/kommune/" + code + "/handleplan#handling-" + key;
    }

    /** A refused change of one action, shown in its form. */
    record Failed(String key, ActionItem.Draft draft, String field, String message) {
    }

    @PostMapping("/kommune/{code}/handleplan/adopter")
    @PreAuthorize("@access.changes(#code, 'handleplan')")
    String adoptPage(@PathVariable int code, @RequestParam(required = false) Long practice, Authentication user,
            RedirectAttributes flash) {
        Change change = service.adopt(code, practice, user.getName());
        if (change instanceof Change.Refused refused) {
            flash.addFlashAttribute("error", refused.message());
            return "redirect:/god-praksis/" + (practice == null ? "" : practice);
        }
        flash.addFlashAttribute("message", "Praksissen er taget op i handleplanen.");
        return "redirect:/kommune/" + code + "/handleplan";
    }
}
