package dk.raaderum.partnership.internal;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.partnership.FocusGroup;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;

/** Partnerships in the browser: the list, one partnership, its network view and its meetings; and a municipality's memberships. */
@Controller
class PartnershipPageController {

    /** One of the municipality's memberships. */
    record Membership(Partnership partnership, Partnership.Stage stage, Partnership.Member member) {
    }

    private final PartnershipRepository repository;
    private final PartnershipAccess access;
    private final NetworkView network;
    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final Geography geography;

    PartnershipPageController(PartnershipRepository repository, PartnershipAccess access, NetworkView network,
            MeetingRepository meetings, MeetingService meetingService, Geography geography) {
        this.repository = repository;
        this.access = access;
        this.network = network;
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.geography = geography;
    }

    @GetMapping("/partnerskaber")
    String list(Model model) {
        model.addAttribute("partnerships", repository.all());
        return "partnership/partnerships";
    }

    @GetMapping("/partnerskaber/{id}")
    String partnership(@PathVariable String id, Authentication user, Model model) {
        Partnership p = existing(id);
        model.addAttribute("p", p);
        model.addAttribute("members", members(p));
        model.addAttribute("sees", access.sees(p, user));
        return "partnership/partnership";
    }

    @GetMapping("/partnerskaber/{id}/netvaerk")
    @PreAuthorize("isAuthenticated()")
    String network(@PathVariable String id, Authentication user, Model model) {
        Partnership p = existing(id);
        access.requireSees(p, user, "netværksoverblik");
        model.addAttribute("p", p);
        model.addAttribute("view", network.view(p, user));
        return "partnership/network";
    }

    @GetMapping("/partnerskaber/{id}/moeder")
    @PreAuthorize("isAuthenticated()")
    String meetings(@PathVariable String id, Authentication user, Model model) {
        Partnership p = existing(id);
        access.requireSees(p, user, "netværksmøder");
        model.addAttribute("p", p);
        model.addAttribute("meetings", meetings.meetings(p.id()));
        model.addAttribute("canChange", access.changesMeetings(p, user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Meeting.Draft("", "", "NETVAERKSMOEDE", List.of(), List.of(), "", "", ""));
        }
        choices(model);
        return "partnership/meetings";
    }

    @PostMapping("/partnerskaber/{id}/moeder")
    @PreAuthorize("isAuthenticated()")
    String createMeeting(@PathVariable String id, @ModelAttribute("form") Meeting.Draft form, BindingResult errors,
            Authentication user, Model model, RedirectAttributes flash) {
        Partnership p = existing(id);
        access.requireChangesMeetings(p, user, "netværksmøder");
        Change change = meetingService.save(p, null, form, false, user.getName());
        if (change instanceof Change.Done done) {
            flash.addFlashAttribute("message", "Mødet er gemt.");
            return "redirect:/partnerskaber/" + id + "/moeder/" + done.id();
        }
        Change.Refused refused = (Change.Refused) change;
        errors.rejectValue(refused.field(), "invalid", refused.message());
        return meetings(id, user, model);
    }

    @GetMapping("/partnerskaber/{id}/moeder/{meeting}")
    @PreAuthorize("isAuthenticated()")
    String meeting(@PathVariable String id, @PathVariable long meeting, Authentication user, Model model) {
        Partnership p = existing(id);
        access.requireSees(p, user, "netværksmøde " + meeting);
        Meeting m = meetings.meeting(p.id(), meeting)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Mødet findes ikke"));
        model.addAttribute("p", p);
        model.addAttribute("meeting", m);
        model.addAttribute("names", m.municipalities().stream()
                .map(c -> geography.municipality(c).map(Municipality::name).orElse(Integer.toString(c))).toList());
        model.addAttribute("canChange", access.changesMeetings(p, user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Meeting.Draft(m.date().toString(), m.place(), m.kind().name(),
                    m.roles().stream().map(Enum::name).toList(), m.municipalities(), m.agenda(), m.minutes(),
                    m.agreements()));
        }
        choices(model);
        return "partnership/meeting";
    }

    @PostMapping("/partnerskaber/{id}/moeder/{meeting}")
    @PreAuthorize("isAuthenticated()")
    String changeMeeting(@PathVariable String id, @PathVariable long meeting, @ModelAttribute("form") Meeting.Draft form,
            BindingResult errors, Authentication user, Model model, RedirectAttributes flash) {
        Partnership p = existing(id);
        access.requireChangesMeetings(p, user, "netværksmøde " + meeting);
        Change change = meetingService.save(p, meeting, form, false, user.getName());
        if (change instanceof Change.Done) {
            flash.addFlashAttribute("message", "Mødet er gemt.");
            return "redirect:/partnerskaber/" + id + "/moeder/" + meeting;
        }
        Change.Refused refused = (Change.Refused) change;
        errors.rejectValue(refused.field().equals("id") ? "agenda" : refused.field(), "invalid", refused.message());
        return meeting(id, meeting, user, model);
    }

    /** A municipality's memberships and chosen focus groups (public). */
    @GetMapping("/kommune/{code}/partnerskab")
    String municipality(@PathVariable int code, Model model) {
        Municipality m = geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        model.addAttribute("municipality", m);
        model.addAttribute("memberships", repository.of(code).stream().map(p -> new Membership(p,
                p.stageOf(code).orElseThrow(), p.members().stream().filter(x -> x.code() == code).findFirst()
                        .orElseThrow())).toList());
        return "partnership/municipality";
    }

    private DataTable members(Partnership p) {
        DataTable.Builder t = DataTable.builder("medlemmer", "Medlemmer af " + p.name(), "Kommune", "Etape",
                "Valgte målgrupper");
        for (Partnership.Stage s : p.stages()) {
            for (Partnership.Member m : s.members()) {
                t.row(Cell.link(m.name(), "/kommune/" + m.code() + "/partnerskab"), Cell.text(s.name()),
                        Cell.text((m.focusGroups().isEmpty() ? "–" : String.join(", ", m.focusGroups().stream()
                                .map(FocusGroup::danish).toList()))
                                + (m.example() ? " (eksempel)" : "")));
            }
        }
        return t.source(p.kind().equals("POLITISK_PARTNERSKAB")
                ? "Kilde: KL, Stærkere politisk styring – anbefalinger fra KL's politiske partnerskab om beskæftigelse (2014)."
                : "Medlemmer og målgrupper mærket «eksempel» er demodata, ikke rigtige tilmeldinger.").build();
    }

    private void choices(Model model) {
        model.addAttribute("kinds", Meeting.Kind.values());
        model.addAttribute("participants", Meeting.Participant.values());
    }

    private Partnership existing(String id) {
        return repository.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Partnerskabet findes ikke"));
    }
}
