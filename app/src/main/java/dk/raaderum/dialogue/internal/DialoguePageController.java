package dk.raaderum.dialogue.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.dialogue.Audience;
import dk.raaderum.engine.CprShape;
import dk.raaderum.geography.Geography;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/** The committee's dialogue: meetings with citizens and companies, and the satisfaction surveys. */
@Controller
@RequestMapping("/kommune/{code}/dialog")
class DialoguePageController {

    private final Dialogue dialogue;
    private final SatisfactionSurveys surveys;
    private final DialogueViews views;
    private final MunicipalityAccess access;
    private final Geography geography;

    DialoguePageController(Dialogue dialogue, SatisfactionSurveys surveys, DialogueViews views,
            MunicipalityAccess access, Geography geography) {
        this.dialogue = dialogue;
        this.surveys = surveys;
        this.views = views;
        this.access = access;
        this.geography = geography;
    }

    @GetMapping
    @PreAuthorize("@access.reads(#code, 'dialogmøder')")
    String page(@PathVariable int code, Authentication auth, Model model) {
        model.addAttribute("municipality", geography.municipality(code).orElseThrow());
        model.addAttribute("isLeder", access.permits(auth, code, Need.CHANGE));
        model.addAttribute("meetings", views.meetings(dialogue.recent(code, 5)));
        model.addAttribute("surveys", surveys.table(code));
        model.addAttribute("audiences", Audience.values());
        if (!model.containsAttribute("input")) {
            model.addAttribute("input", Map.of());
        }
        return "dialogue/dialogue";
    }

    @PostMapping("/moeder")
    @PreAuthorize("@access.changes(#code, 'dialogmøder')")
    String record(@PathVariable int code, @RequestParam Map<String, String> form, Authentication auth,
            RedirectAttributes flash) {
        Dialogue.Saved saved = dialogue.record(code, new Dialogue.MeetingDraft(form.get("heldOn"), form.get("audience"),
                form.get("participants"), form.get("themes"), form.get("takeaways")), auth.getName());
        if (saved instanceof Dialogue.Saved.Refused r) {
            Map<String, String> typed = new java.util.HashMap<>();
            form.forEach((k, v) -> typed.put(k, CprShape.shown(v)));
            flash.addFlashAttribute("input", typed);
            flash.addFlashAttribute("fieldError", Map.of(r.field(), r.message()));
            flash.addFlashAttribute("error", "Mødet er ikke gemt: " + r.message());
        } else {
            flash.addFlashAttribute("message", "Dialogmødet er gemt");
        }
        return "redirect:/kommune/" + code + "/dialog";
    }

    @PostMapping("/tilfredshed")
    @PreAuthorize("@access.changes(#code, 'tilfredshedsundersøgelser')")
    String importSurveys(@PathVariable int code, @RequestParam("file") MultipartFile file, Authentication auth,
            RedirectAttributes flash) throws IOException {
        SatisfactionSurveys.Outcome outcome = surveys.importCsv(code, file.getOriginalFilename(),
                new String(file.getBytes(), StandardCharsets.UTF_8), auth.getName(), false);
        if (outcome instanceof SatisfactionSurveys.Outcome.Imported i) {
            flash.addFlashAttribute("message", "Indlæst " + i.rows() + " resultater");
        } else {
            flash.addFlashAttribute("error", "Filen blev afvist, og intet er ændret. "
                    + ((SatisfactionSurveys.Outcome.Rejected) outcome).message());
        }
        return "redirect:/kommune/" + code + "/dialog";
    }
}
