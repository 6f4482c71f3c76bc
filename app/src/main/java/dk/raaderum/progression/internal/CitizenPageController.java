package dk.raaderum.progression.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.engine.CprShape;
import dk.raaderum.geography.Geography;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.progression.Dimension;
import dk.raaderum.progression.Effort;
import dk.raaderum.progression.SubGoalProgress;
import dk.raaderum.progression.internal.CitizenRecords.Saved;
import dk.raaderum.progression.internal.Drafts.AssessmentDraft;
import dk.raaderum.progression.internal.Drafts.CitizenDraft;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/**
 * The caseworker's pages: the list of citizens, one citizen's development (chart and table) with the forms to record
 * an assessment and change the record, the leder's erasure and access request, and the import of assessments.
 */
@Controller
@RequestMapping("/kommune/{code}/borgere")
class CitizenPageController {

    /** What the record form sends, as typed; sub-goals one a line. */
    record CitizenForm(String caseRef, String targetGroup, String team, String effort, String goal, String subGoals,
            String openedOn, String closedOn) {

        static CitizenForm empty() {
            return new CitizenForm("", "", "", "", "", "", "", "");
        }

        static CitizenForm of(CitizenRecord r) {
            return new CitizenForm(r.caseRef(), r.targetGroup().name(), r.team(), r.effort() == null ? ""
                    : r.effort().name(), r.goal() == null ? "" : r.goal(), String.join("\n",
                    r.subGoals().stream().map(CitizenRecord.SubGoal::text).toList()), r.openedOn().toString(),
                    r.closedOn() == null ? "" : r.closedOn().toString());
        }

        /** The form as it may be shown again: a CPR-shaped value is masked, never echoed. */
        CitizenForm redacted() {
            return new CitizenForm(mask(caseRef), mask(targetGroup), mask(team), mask(effort), mask(goal),
                    mask(subGoals), mask(openedOn), mask(closedOn));
        }

        private static String mask(String text) {
            return text == null ? null : CprShape.shown(text);
        }

        CitizenDraft draft() {
            List<String> goals = subGoals == null ? List.of() : Arrays.stream(subGoals.split("\\R")).toList();
            return new CitizenDraft(caseRef, targetGroup, team, effort, goal, goals, openedOn, closedOn);
        }
    }

    private final CitizenRecords records;
    private final ProgressionSettings settings;
    private final AssessmentImport imports;
    private final CitizenViews views;
    private final MunicipalityAccess access;
    private final Geography geography;

    CitizenPageController(CitizenRecords records, ProgressionSettings settings, AssessmentImport imports,
            CitizenViews views, MunicipalityAccess access, Geography geography) {
        this.records = records;
        this.settings = settings;
        this.imports = imports;
        this.views = views;
        this.access = access;
        this.geography = geography;
    }

    @GetMapping
    @PreAuthorize("@access.readsIndividuals(#code, 'borgerliste')")
    String list(@PathVariable int code, Authentication auth, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CitizenForm.empty());
        }
        return listPage(code, auth, model);
    }

    @PostMapping
    @PreAuthorize("@access.changesIndividuals(#code, 'borger')")
    String create(@PathVariable int code, @ModelAttribute("form") CitizenForm form, BindingResult errors,
            Authentication auth, Model model, RedirectAttributes flash) {
        Saved saved = records.create(code, form.draft(), CitizenApiController.user(auth));
        if (saved instanceof Saved.Done done) {
            flash.addFlashAttribute("message", "Borgeren er oprettet");
            return "redirect:/kommune/" + code + "/borgere/" + done.id();
        }
        refuse(model, form, (Saved.Refused) saved);
        return listPage(code, auth, model);
    }

    private String listPage(int code, Authentication auth, Model model) {
        common(code, auth, model);
        model.addAttribute("citizens", views.list(code, records.list(code, CitizenApiController.user(auth), null)));
        return "progression/citizens";
    }

    @GetMapping("/{id}")
    @PreAuthorize("@access.readsIndividuals(#code, 'borger ' + #id)")
    String citizen(@PathVariable int code, @PathVariable long id, @RequestParam(required = false) String begrundelse,
            Authentication auth, Model model) {
        CitizenRecord r = records.read(code, id, CitizenApiController.user(auth), begrundelse)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Borgeren findes ikke"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CitizenForm.of(r));
        }
        return citizenPage(code, r, auth, model);
    }

    private String citizenPage(int code, CitizenRecord r, Authentication auth, Model model) {
        common(code, auth, model);
        List<Dimension> dimensions = settings.dimensions(code);
        model.addAttribute("citizen", r);
        model.addAttribute("view", views.citizen(r, dimensions));
        model.addAttribute("dimensions", dimensions);
        model.addAttribute("progressChoices", SubGoalProgress.values());
        if (!model.containsAttribute("assessmentInput")) {
            model.addAttribute("assessmentInput", Map.of());
        }
        return "progression/citizen";
    }

    @PostMapping("/{id}")
    @PreAuthorize("@access.changesIndividuals(#code, 'borger ' + #id)")
    String update(@PathVariable int code, @PathVariable long id, @ModelAttribute("form") CitizenForm form,
            BindingResult errors, Authentication auth, Model model, RedirectAttributes flash) {
        Saved saved = records.update(code, id, form.draft(), CitizenApiController.user(auth));
        if (saved instanceof Saved.Done) {
            flash.addFlashAttribute("message", "Oplysningerne er gemt");
            return "redirect:/kommune/" + code + "/borgere/" + id;
        }
        if (saved instanceof Saved.NotFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Borgeren findes ikke");
        }
        refuse(model, form, (Saved.Refused) saved);
        return citizenPage(code, reread(code, id, auth), auth, model);
    }

    /** The assessment form: {@code score_<dimension>}, {@code own_<dimension>}, {@code progress_<sub-goal id>}. */
    @PostMapping("/{id}/vurdering")
    @PreAuthorize("@access.changesIndividuals(#code, 'borger ' + #id)")
    String assess(@PathVariable int code, @PathVariable long id, @RequestParam Map<String, String> form,
            Authentication auth, Model model, RedirectAttributes flash) {
        Map<String, Object> scores = new HashMap<>();
        Map<String, Object> own = new HashMap<>();
        Map<String, String> progress = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("score_")) {
                scores.put(name.substring(6), value);
            } else if (name.startsWith("own_")) {
                own.put(name.substring(4), value);
            } else if (name.startsWith("progress_")) {
                progress.put(name.substring(9), value);
            }
        });
        Saved saved = records.assess(code, id, new AssessmentDraft(form.get("date"), scores, own, form.get("effort"),
                progress), CitizenApiController.user(auth));
        if (saved instanceof Saved.Done) {
            flash.addFlashAttribute("message", "Vurderingen er gemt");
            return "redirect:/kommune/" + code + "/borgere/" + id;
        }
        if (saved instanceof Saved.NotFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Borgeren findes ikke");
        }
        model.addAttribute("assessmentError", ((Saved.Refused) saved).message());
        Map<String, String> typed = new HashMap<>();
        form.forEach((k, v) -> typed.put(k, CprShape.shown(v)));
        model.addAttribute("assessmentInput", typed);
        CitizenRecord r = reread(code, id, auth);
        model.addAttribute("form", CitizenForm.of(r));
        return citizenPage(code, r, auth, model);
    }

    @PostMapping("/{id}/slet")
    @PreAuthorize("@access.changes(#code, 'sletning af borger ' + #id)")
    String erase(@PathVariable int code, @PathVariable long id, @RequestParam(defaultValue = "") String begrundelse,
            Authentication auth, RedirectAttributes flash) {
        Saved saved = records.erase(code, id, begrundelse, CitizenApiController.user(auth));
        if (saved instanceof Saved.Refused refused) {
            flash.addFlashAttribute("error", refused.message());
            return "redirect:/kommune/" + code + "/borgere/" + id;
        }
        flash.addFlashAttribute("message", saved instanceof Saved.Done ? "Borgerens oplysninger er slettet"
                : "Borgeren findes ikke (længere)");
        return "redirect:/kommune/" + code + "/borgere";
    }

    @GetMapping("/import")
    @PreAuthorize("@access.changesIndividuals(#code, 'import af vurderinger')")
    String importPage(@PathVariable int code, Authentication auth, Model model) {
        common(code, auth, model);
        model.addAttribute("dimensions", settings.dimensions(code));
        return "progression/import";
    }

    @PostMapping("/import")
    @PreAuthorize("@access.changesIndividuals(#code, 'import af vurderinger')")
    String importFile(@PathVariable int code, @RequestParam("file") MultipartFile file, Authentication auth,
            Model model) throws IOException {
        AssessmentImport.Outcome outcome = imports.run(code, file.getOriginalFilename(),
                new String(file.getBytes(), StandardCharsets.UTF_8), CitizenApiController.user(auth));
        if (outcome instanceof AssessmentImport.Outcome.Imported i) {
            model.addAttribute("message", "Indlæst: " + i.assessments() + " vurderinger, heraf " + i.citizensCreated()
                    + " nye borgere.");
        } else {
            model.addAttribute("error", "Filen blev afvist, og intet er ændret. "
                    + ((AssessmentImport.Outcome.Rejected) outcome).message());
        }
        return importPage(code, auth, model);
    }

    /** The form again with the user's input (masked where CPR-shaped) and the refused field's message. */
    private static void refuse(Model model, CitizenForm form, Saved.Refused refused) {
        CitizenForm safe = form.redacted();
        BindingResult errors = new DirectFieldBindingResult(safe, "form");
        errors.rejectValue(refused.field(), "refused", refused.message());
        model.addAttribute("form", safe);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    }

    private CitizenRecord reread(int code, long id, Authentication auth) {
        return records.read(code, id, CitizenApiController.user(auth), null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Borgeren findes ikke"));
    }

    private void common(int code, Authentication auth, Model model) {
        model.addAttribute("municipality", geography.municipality(code).orElseThrow());
        model.addAttribute("canRecord", access.permits(auth, code, Need.CHANGE_INDIVIDUALS));
        model.addAttribute("isLeder", access.permits(auth, code, Need.CHANGE));
        model.addAttribute("groups", Arrays.stream(TargetGroup.values()).filter(TargetGroup::hasMotorvej).toList());
        model.addAttribute("efforts", Effort.values());
    }
}
