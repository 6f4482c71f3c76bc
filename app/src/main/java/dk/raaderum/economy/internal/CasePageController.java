package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.geography.Geography;
import dk.raaderum.plan.DecisionOptions;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.security.AuditTrail;

/** One kept business case: what it is attached to, and its follow-up against the register. */
@Controller
class CasePageController {

    private final Geography geography;
    private final CaseRepository cases;
    private final CaseLinks links;
    private final PlanFollowUp plan;
    private final AuditTrail audit;

    CasePageController(Geography geography, CaseRepository cases, CaseLinks links, PlanFollowUp plan, AuditTrail audit) {
        this.geography = geography;
        this.cases = cases;
        this.links = links;
        this.plan = plan;
        this.audit = audit;
    }

    /** An alternative the form offers: "sag:alternativ" and its label. */
    record Choice(String value, String label) {
    }

    @GetMapping("/kommune/{code}/oekonomi/investeringscases/{id}")
    @PreAuthorize("@access.reads(#code, 'investeringscase ' + #id)")
    String show(@PathVariable int code, @PathVariable long id, Model model) {
        LinkForm form = new LinkForm();
        cases.link(id).ifPresent(l -> {
            form.setAlternative(l.decisionId() == null ? "" : l.decisionId() + ":" + l.alternativeId());
            form.setGoals(new ArrayList<>(l.goals()));
            form.setStartMonth(l.start().toString());
        });
        return page(code, id, form, model);
    }

    @PostMapping("/kommune/{code}/oekonomi/investeringscases/{id}/tilknytning")
    @PreAuthorize("@access.changes(#code, 'investeringscase ' + #id)")
    String link(@PathVariable int code, @PathVariable long id, @ModelAttribute("form") LinkForm form,
            BindingResult errors, Model model, Authentication user) {
        stored(code, id);
        CaseLinks.Answer answer = links.link(code, id, form.draft(), user.getName());
        if (answer instanceof CaseLinks.Refused r) {
            errors.rejectValue(LinkForm.field(r.field()), "tilknytning", r.message());
        } else {
            audit.record(user.getName(), code, "tilknyt", "investeringscase " + id, "ok", form.getStartMonth());
        }
        return page(code, id, form, model);
    }

    private String page(int code, long id, LinkForm form, Model model) {
        CaseRepository.Stored stored = stored(code, id);
        model.addAttribute("municipality", geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune")));
        model.addAttribute("current", "investeringscases");
        model.addAttribute("stored", stored);
        model.addAttribute("groupName", Groups.name(stored.group()));
        model.addAttribute("form", form);
        List<Choice> choices = new ArrayList<>();
        for (DecisionOptions o : plan.decisionOptions(code)) {
            o.alternatives().forEach(a -> choices.add(new Choice(o.id() + ":" + a.id(),
                    o.title() + " (" + DanishFormat.date(o.meetingDate()) + "): " + a.title())));
        }
        model.addAttribute("choices", choices);
        model.addAttribute("goals", links.goals(code));
        if (links.followUp(code, stored) instanceof CaseLinks.FollowedUp f) {
            model.addAttribute("followUp", FollowUpView.table(f));
            model.addAttribute("followUpSentence", FollowUpView.sentence(f));
        }
        return "economy/case";
    }

    private CaseRepository.Stored stored(int code, long id) {
        return cases.find(code, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Investeringscasen findes ikke"));
    }
}
