package dk.raaderum.company.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.company.ContactKind;
import dk.raaderum.company.PlacementKind;
import dk.raaderum.company.PlacementOutcome;
import dk.raaderum.company.Sector;
import dk.raaderum.geography.Geography;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.StrictNumbers;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/** Virksomhedsservice in the browser: the register, one company, the metrics, the leder's settings and the import. */
@Controller
@RequestMapping("/kommune/{code}/virksomheder")
class CompanyPageController {

    private final CompanyViews views;
    private final CrmImport imports;
    private final CompanySettings settings;
    private final CompanyRepository repository;
    private final MunicipalityAccess access;
    private final Geography geography;
    private final Clock clock;

    CompanyPageController(CompanyViews views, CrmImport imports, CompanySettings settings, CompanyRepository repository,
            MunicipalityAccess access, Geography geography, Clock clock) {
        this.views = views;
        this.imports = imports;
        this.settings = settings;
        this.repository = repository;
        this.access = access;
        this.geography = geography;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@companyAccess.ownReads(#code, 'virksomheder')")
    String register(@PathVariable int code, Authentication auth, Model model) {
        common(code, auth, model);
        model.addAttribute("companies", views.companies(code, today()));
        model.addAttribute("serviceLevel", repository.serviceLevel(code).orElse(null));
        model.addAttribute("population", repository.population(code));
        if (!model.containsAttribute("input")) {
            model.addAttribute("input", Map.of());
        }
        return "company/register";
    }

    @PostMapping
    @PreAuthorize("@access.changesIndividuals(#code, 'virksomheder')")
    String save(@PathVariable int code, @RequestParam Map<String, String> form, Authentication auth,
            RedirectAttributes flash) {
        return answer(imports.entry(code, CrmImport.Kind.VIRKSOMHEDER, form, auth.getName()), form, flash,
                "/kommune/" + code + "/virksomheder", "Virksomheden er gemt");
    }

    @GetMapping("/tal")
    @PreAuthorize("@access.reads(#code, 'virksomhedsmetrikker')")
    String metrics(@PathVariable int code, Authentication auth, Model model) {
        common(code, auth, model);
        model.addAttribute("months", views.table("virksomhedstal-maaneder", "Virksomhedssamarbejdet de seneste 12 måneder",
                views.lastYear(code, today())));
        model.addAttribute("years", views.table("virksomhedstal-aar", "Virksomhedssamarbejdet pr. år",
                views.years(code, today())));
        model.addAttribute("ownUser", auth != null && dk.raaderum.security.CurrentUser.of(auth)
                .map(u -> u.belongsTo(code)).orElse(false));
        return "company/metrics";
    }

    @GetMapping("/{cvr:\\d{8}}")
    @PreAuthorize("@companyAccess.ownReads(#code, 'virksomhed')")
    String company(@PathVariable int code, @PathVariable String cvr, Authentication auth, Model model) {
        common(code, auth, model);
        model.addAttribute("detail", views.detail(code, cvr)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Virksomheden findes ikke")));
        model.addAttribute("contactKinds", ContactKind.values());
        model.addAttribute("placementKinds", PlacementKind.values());
        model.addAttribute("outcomes", PlacementOutcome.values());
        if (!model.containsAttribute("input")) {
            model.addAttribute("input", Map.of());
        }
        return "company/company";
    }

    @PostMapping("/{cvr:\\d{8}}/{kind:kontakt|aftale|henvendelse|forloeb}")
    @PreAuthorize("@access.changesIndividuals(#code, 'virksomhed')")
    String entry(@PathVariable int code, @PathVariable String cvr, @PathVariable String kind,
            @RequestParam Map<String, String> form, Authentication auth, RedirectAttributes flash) {
        CrmImport.Kind which = switch (kind) {
            case "kontakt" -> CrmImport.Kind.KONTAKTER;
            case "aftale" -> CrmImport.Kind.AFTALER;
            case "henvendelse" -> CrmImport.Kind.HENVENDELSER;
            default -> CrmImport.Kind.FORLOEB;
        };
        Map<String, String> fields = new java.util.LinkedHashMap<>(form);
        fields.put("cvr", cvr);
        return answer(imports.entry(code, which, fields, auth.getName()), form, flash,
                "/kommune/" + code + "/virksomheder/" + cvr, "Gemt");
    }

    @PostMapping("/serviceniveau")
    @PreAuthorize("@access.changes(#code, 'serviceniveau')")
    String serviceLevel(@PathVariable int code, @RequestParam(defaultValue = "") String dage, Authentication auth,
            RedirectAttributes flash) {
        Double days = StrictNumbers.parse(dage, StrictNumbers.Style.DANISH).orElse(null);
        settings.setServiceLevel(code, days, auth.getName()).ifPresentOrElse(e -> flash.addFlashAttribute("error", e),
                () -> flash.addFlashAttribute("message", "Serviceniveauet er gemt, og tallene er regnet igen"));
        return "redirect:/kommune/" + code + "/virksomheder";
    }

    @PostMapping("/antal")
    @PreAuthorize("@access.changes(#code, 'antal virksomheder')")
    String population(@PathVariable int code, @RequestParam(defaultValue = "0") int aar,
            @RequestParam(defaultValue = "") String antal, @RequestParam(defaultValue = "") String kilde,
            Authentication auth, RedirectAttributes flash) {
        Integer companies = StrictNumbers.parse(antal, StrictNumbers.Style.DANISH)
                .filter(v -> v == Math.rint(v)).map(Double::intValue).orElse(null);
        settings.setPopulation(code, aar, companies, kilde, auth.getName()).ifPresentOrElse(
                e -> flash.addFlashAttribute("error", e),
                () -> flash.addFlashAttribute("message", "Antallet af virksomheder er gemt"));
        return "redirect:/kommune/" + code + "/virksomheder";
    }

    @GetMapping("/import")
    @PreAuthorize("@access.changesIndividuals(#code, 'import af virksomhedsdata')")
    String importPage(@PathVariable int code, Authentication auth, Model model) {
        common(code, auth, model);
        return "company/import";
    }

    @PostMapping("/import")
    @PreAuthorize("@access.changesIndividuals(#code, 'import af virksomhedsdata')")
    String importFile(@PathVariable int code, @RequestParam("file") MultipartFile file, Authentication auth,
            Model model) throws IOException {
        CrmImport.Outcome outcome = imports.run(code, file.getOriginalFilename(),
                new String(file.getBytes(), StandardCharsets.UTF_8), auth.getName());
        if (outcome instanceof CrmImport.Outcome.Imported i) {
            model.addAttribute("message", "Indlæst " + i.rows() + " " + i.kind() + ": " + i.created() + " nye og "
                    + i.updated() + " opdaterede. Tallene er regnet igen.");
        } else {
            model.addAttribute("error", "Filen blev afvist, og intet er ændret. "
                    + ((CrmImport.Outcome.Rejected) outcome).message());
        }
        return importPage(code, auth, model);
    }

    private static String answer(CrmImport.Outcome outcome, Map<String, String> form, RedirectAttributes flash,
            String back, String done) {
        if (outcome instanceof CrmImport.Outcome.Rejected r) {
            flash.addFlashAttribute("error", "Ikke gemt: " + (r.field() == null ? "" : "feltet '" + r.field() + "' ")
                    + r.message());
            Map<String, String> typed = new java.util.HashMap<>();
            form.forEach((k, v) -> typed.put(k, dk.raaderum.engine.CprShape.shown(v))); // never echo a CPR number
            flash.addFlashAttribute("input", typed);
        } else {
            flash.addFlashAttribute("message", done);
        }
        return "redirect:" + back;
    }

    private void common(int code, Authentication auth, Model model) {
        model.addAttribute("municipality", geography.municipality(code).orElseThrow());
        model.addAttribute("canRecord", access.permits(auth, code, Need.CHANGE_INDIVIDUALS));
        model.addAttribute("isLeder", access.permits(auth, code, Need.CHANGE));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("year", today().getYear());
    }

    private LocalDate today() {
        return DanishFormat.today(clock);
    }
}
