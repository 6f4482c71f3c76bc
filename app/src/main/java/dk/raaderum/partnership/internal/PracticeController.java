package dk.raaderum.partnership.internal;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.partnership.PracticeText;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.security.CurrentUser;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/**
 * The practice library (god praksis): public cards to search and filter, each with what happened to its linked
 * indicators since the start; a municipality's leder (or the network) adds cards, and another municipality's leder
 * adopts a practice into its action plan.
 */
@Controller
class PracticeController {

    record AdopterJson(String code, String name) {
    }

    record DevelopmentJson(String indicator, String name, List<String> sentences, String source) {
    }

    record PracticeJson(long id, String title, String municipality, String municipalityName, List<Integer> recommendations,
            List<String> targetGroups, String description, String start, String contactRole, List<String> indicators,
            boolean example, List<AdopterJson> adoptedBy, List<DevelopmentJson> developments, String caveat) {
    }

    /** A card on the page: the practice and its indicators' development. */
    record Card(Practice practice, List<PracticeFigures.Shown> developments, List<String> adopters) {
    }

    private final PracticeService service;
    private final PracticeRepository repository;
    private final PracticeFigures figures;
    private final Geography geography;
    private final IndicatorCatalog catalog;
    private final MunicipalityAccess access;

    PracticeController(PracticeService service, PracticeRepository repository, PracticeFigures figures,
            Geography geography, IndicatorCatalog catalog, MunicipalityAccess access) {
        this.service = service;
        this.repository = repository;
        this.figures = figures;
        this.geography = geography;
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping("/api/v1/practices")
    @ResponseBody
    List<PracticeJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer anbefaling,
            @RequestParam(required = false) String maalgruppe, @RequestParam(required = false) Integer kommune) {
        return service.search(new PracticeService.Search(q, anbefaling, maalgruppe, kommune)).stream()
                .map(p -> json(p, null)).toList();
    }

    @GetMapping("/api/v1/practices/{id}")
    @ResponseBody
    PracticeJson one(@PathVariable long id) {
        Practice p = repository.find(id).orElseThrow(() -> new NoSuchElementException("Praksissen findes ikke"));
        return json(p, figures.developments(p));
    }

    @PostMapping("/api/v1/practices")
    @ResponseBody
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> create(@RequestBody Practice.Draft draft, Authentication user) {
        if (!service.mayAdd(user, draft.municipality())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Kun kommunens leder og netværket kan tilføje kommunens praksis");
        }
        Change change = service.create(draft, false, user.getName());
        if (change instanceof Change.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/practices/" + done.id())).body(one(done.id()));
        }
        return TemperatureApiController.refused((Change.Refused) change);
    }

    @GetMapping("/god-praksis")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) Integer anbefaling,
            @RequestParam(required = false) String maalgruppe, @RequestParam(required = false) Integer kommune,
            Authentication user, Model model) {
        List<Card> cards = service.search(new PracticeService.Search(q, anbefaling, maalgruppe, kommune)).stream()
                .map(p -> new Card(p, figures.developments(p, 1), p.adoptedBy().stream().map(this::name).toList()))
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("anbefaling", anbefaling);
        model.addAttribute("maalgruppe", maalgruppe == null ? "" : maalgruppe);
        model.addAttribute("kommune", kommune);
        model.addAttribute("caveat", PracticeText.CAVEAT);
        choices(model);
        Optional<CurrentUser> who = CurrentUser.of(user);
        Integer own = who.flatMap(CurrentUser::municipality).orElse(null);
        model.addAttribute("mayAdd", who.isPresent() && service.mayAdd(user, own));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Practice.Draft(own, "", "", "", "", List.of(), List.of(), List.of()));
        }
        return "partnership/practices";
    }

    @PostMapping("/god-praksis")
    @PreAuthorize("isAuthenticated()")
    String createPage(@ModelAttribute("form") Practice.Draft form, BindingResult errors, Authentication user,
            Model model, RedirectAttributes flash) {
        if (!service.mayAdd(user, form.municipality())) {
            errors.rejectValue("municipality", "forbidden", "Du kan kun tilføje praksis fra din egen kommune.");
        } else {
            Change change = service.create(form, false, user.getName());
            if (change instanceof Change.Done done) {
                flash.addFlashAttribute("message", "Praksissen er føjet til biblioteket.");
                return "redirect:/god-praksis/" + done.id();
            }
            Change.Refused refused = (Change.Refused) change;
            errors.rejectValue(refused.field(), "invalid", refused.message());
        }
        return page(null, null, null, null, user, model);
    }

    @GetMapping("/god-praksis/{id}")
    String card(@PathVariable long id, Authentication user, Model model) {
        Practice p = repository.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Praksissen findes ikke"));
        model.addAttribute("card", card(p));
        model.addAttribute("caveat", PracticeText.CAVEAT);
        Integer own = CurrentUser.of(user).flatMap(CurrentUser::municipality).orElse(null);
        boolean mayAdopt = own != null && own != p.municipality() && !p.adoptedBy().contains(own)
                && access.permits(user, own, Need.CHANGE);
        model.addAttribute("adoptFor", mayAdopt ? geography.municipality(own).orElse(null) : null);
        return "partnership/practice";
    }

    private Card card(Practice p) {
        return new Card(p, figures.developments(p), p.adoptedBy().stream().map(this::name).toList());
    }

    private PracticeJson json(Practice p, List<PracticeFigures.Shown> developments) {
        return new PracticeJson(p.id(), p.title(), Integer.toString(p.municipality()), p.municipalityName(),
                p.recommendationNumbers(), p.targetGroups().stream().map(Enum::name).toList(), p.description(),
                p.start().toString(), p.contactRole(), p.indicators(), p.example(),
                p.adoptedBy().stream().map(c -> new AdopterJson(Integer.toString(c), name(c))).toList(),
                developments == null ? null : developments.stream().map(d -> new DevelopmentJson(d.indicator(),
                        d.name(), d.sentences(), d.source())).toList(),
                PracticeText.CAVEAT);
    }

    private String name(int code) {
        return geography.municipality(code).map(Municipality::name).orElse(Integer.toString(code));
    }

    private void choices(Model model) {
        model.addAttribute("recommendations", Recommendation.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("municipalities", geography.municipalities());
        model.addAttribute("indicators", catalog.published());
    }
}
