package dk.raaderum.partnership.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.partnership.FocusRecommendations;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.SurveyRole;
import dk.raaderum.partnership.TemperatureText;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/** The temperature measurement in the browser: the list, one measurement with its results, codes and interviews. */
@Controller
@RequestMapping("/kommune/{code}/temperatur")
class TemperaturePageController {

    record YearForm(String year) {
    }

    record CodesForm(String role, String count) {
    }

    record InterviewForm(String date, String role, List<Integer> themes, String keyPoints) {
    }

    /** Codes made in this session, kept only in the session so they can be printed and downloaded once more. */
    record CodeBatch(long measurement, SurveyRole role, List<String> codes, Instant made) {
    }

    /** One slip of the printed sheet. */
    record Slip(String code, String grouped) {
    }

    private static final String BATCH = "raaderum.temperatur.koder";

    private final TemperatureRepository repository;
    private final TemperatureService service;
    private final TemperatureViews views;
    private final TemperatureComparison comparison;
    private final Geography geography;
    private final MunicipalityAccess access;
    private final Clock clock;

    TemperaturePageController(TemperatureRepository repository, TemperatureService service, TemperatureViews views,
            TemperatureComparison comparison, Geography geography, MunicipalityAccess access, Clock clock) {
        this.repository = repository;
        this.service = service;
        this.views = views;
        this.comparison = comparison;
        this.geography = geography;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@access.reads(#code, 'temperaturmåling')")
    String list(@PathVariable int code, Authentication user, Model model) {
        common(code, user, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new YearForm(Integer.toString(DanishFormat.today(clock).getYear())));
        }
        List<Measurement> measurements = repository.measurements(code);
        DataTable.Builder t = DataTable.builder("maalinger", "Temperaturmålinger", "Måling", "Svar", "Oprettet");
        for (Measurement m : measurements) {
            int answered = service.results(m.id()).totalRespondents();
            t.row(Cell.link("Temperaturmåling " + m.label(), "/kommune/" + code + "/temperatur/" + m.id()),
                    Cell.figure((double) answered, Quantity.COUNT),
                    Cell.text(DanishFormat.date(m.createdAt())));
        }
        model.addAttribute("measurements", t.source("Kilde: Råderums temperaturmålinger. Målinger mærket «syntetisk "
                + "eksempel» har svar lavet til demonstration.").build());
        model.addAttribute("empty", measurements.isEmpty());
        return "partnership/temperatures";
    }

    @PostMapping
    @PreAuthorize("@access.changes(#code, 'temperaturmåling')")
    String create(@PathVariable int code, @ModelAttribute("form") YearForm form, BindingResult errors,
            Authentication user, Model model, RedirectAttributes flash) {
        Integer year = null;
        try {
            year = Integer.valueOf(form.year() == null ? "" : form.year().strip());
        } catch (NumberFormatException e) {
            errors.rejectValue("year", "invalid", "Skriv året med fire cifre, fx 2026.");
        }
        if (!errors.hasErrors()) {
            Change change = service.create(code, year, user.getName());
            if (change instanceof Change.Done done) {
                flash.addFlashAttribute("message", "Målingen er oprettet. Lav nu svarkoder til hver rolle.");
                return "redirect:/kommune/" + code + "/temperatur/" + done.id();
            }
            Change.Refused refused = (Change.Refused) change;
            errors.rejectValue(refused.field(), "invalid", refused.message());
        }
        return list(code, user, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("@access.reads(#code, 'temperaturmåling')")
    String measurement(@PathVariable int code, @PathVariable long id, Authentication user, Model model) {
        Municipality municipality = common(code, user, model);
        Measurement m = existing(code, id);
        boolean leder = access.permits(user, code, Need.CHANGE);
        TemperatureComparison.Comparison c = comparison.compare(m);
        var results = c.current().results();
        var statements = repository.statements(m.id());
        String source = TemperatureTables.source(m, municipality.name());
        model.addAttribute("m", m);
        model.addAttribute("responsesText", TemperatureText.responses(results.respondents()));
        model.addAttribute("responses", TemperatureTables.responses(results, repository.unused(m.id()), source));
        model.addAttribute("byRecommendation", TemperatureTables.byRecommendation(results,
                "Gennemsnit pr. anbefaling og rolle (1 = helt uenig, 5 = helt enig)", source));
        model.addAttribute("byStatement", TemperatureTables.byStatement(statements, results, source));
        model.addAttribute("distribution", TemperatureTables.distribution(statements, results, source));
        model.addAttribute("comparison", TemperatureTables.comparison(c, source));
        model.addAttribute("gaps", TemperatureText.gaps(results));
        model.addAttribute("focus", TemperatureText.focus(
                FocusRecommendations.choose(results)));
        if (leder) {
            model.addAttribute("comments", views.comments(m, user.getName()));
            model.addAttribute("interviews", TemperatureTables.interviews(repository.interviews(m.id())));
            if (!model.containsAttribute("codesForm")) {
                model.addAttribute("codesForm", new CodesForm("MEDARBEJDER", "10"));
            }
            if (!model.containsAttribute("interviewForm")) {
                model.addAttribute("interviewForm", new InterviewForm(DanishFormat.today(clock).toString(), "POLITIKER",
                        List.of(), ""));
            }
        }
        model.addAttribute("roles", SurveyRole.values());
        model.addAttribute("recommendations", Recommendation.values());
        return "partnership/temperature";
    }

    @PostMapping("/{id}/koder")
    @PreAuthorize("@access.changes(#code, 'temperaturmåling')")
    String makeCodes(@PathVariable int code, @PathVariable long id, @ModelAttribute("codesForm") CodesForm form,
            BindingResult errors, Authentication user, HttpSession session, Model model) {
        Measurement m = existing(code, id);
        Integer count = null;
        try {
            count = Integer.valueOf(form.count() == null ? "" : form.count().strip());
        } catch (NumberFormatException e) {
            errors.rejectValue("count", "invalid", "Skriv antallet som et helt tal, fx 25.");
        }
        if (!errors.hasErrors()) {
            TemperatureService.Codes codes = service.invite(m, form.role(), count, user.getName());
            if (codes instanceof TemperatureService.Codes.Made made) {
                session.setAttribute(BATCH, new CodeBatch(m.id(), made.role(), made.codes(), clock.instant()));
                return "redirect:/kommune/" + code + "/temperatur/" + id + "/koder";
            }
            Change.Refused refused = ((TemperatureService.Codes.Refused) codes).refusal();
            errors.rejectValue(refused.field(), "invalid", refused.message());
        }
        return measurement(code, id, user, model);
    }

    /** The codes just made, as a printable sheet and a table that downloads as CSV; only from this session. */
    @GetMapping("/{id}/koder")
    @PreAuthorize("@access.changes(#code, 'temperaturmåling')")
    String codes(@PathVariable int code, @PathVariable long id, Authentication user, HttpSession session, Model model) {
        Municipality municipality = common(code, user, model);
        Measurement m = existing(code, id);
        Object batch = session.getAttribute(BATCH);
        if (!(batch instanceof CodeBatch b) || b.measurement() != m.id()) {
            model.addAttribute("m", m);
            model.addAttribute("batch", null);
            return "partnership/codes";
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/svar/").build().toUriString();
        DataTable.Builder t = DataTable.builder("koder", "Svarkoder til " + b.role().danish().toLowerCase(
                Locale.ROOT), "Nr.", "Kode", "Adresse");
        for (int i = 0; i < b.codes().size(); i++) {
            t.row(Cell.text(Integer.toString(i + 1)), Cell.text(InvitationCodes.grouped(b.codes().get(i))),
                    Cell.text(base + b.codes().get(i)));
        }
        model.addAttribute("m", m);
        model.addAttribute("batch", b);
        model.addAttribute("base", base);
        model.addAttribute("entry", base.substring(0, base.length() - 1));
        model.addAttribute("sheet", b.codes().stream().map(c -> new Slip(c, InvitationCodes.grouped(c))).toList());
        model.addAttribute("table", t.source("Temperaturmåling " + m.label() + ", " + municipality.name()
                + " Kommune. Hver kode kan bruges én gang. Råderum gemmer kun et fingeraftryk af koden og kan ikke "
                + "vise den igen, når du lukker browseren.").build());
        return "partnership/codes";
    }

    @PostMapping("/{id}/interview")
    @PreAuthorize("@access.changes(#code, 'interview til temperaturmåling')")
    String addInterview(@PathVariable int code, @PathVariable long id,
            @ModelAttribute("interviewForm") InterviewForm form, BindingResult errors, Authentication user, Model model,
            RedirectAttributes flash) {
        Measurement m = existing(code, id);
        Change change = service.addInterview(m, form.date(), form.role(), form.themes(), form.keyPoints(),
                user.getName());
        if (change instanceof Change.Done) {
            flash.addFlashAttribute("message", "Interviewet er gemt.");
            return "redirect:/kommune/" + code + "/temperatur/" + id + "#interview-titel";
        }
        Change.Refused refused = (Change.Refused) change;
        errors.rejectValue(refused.field(), "invalid", refused.message());
        return measurement(code, id, user, model);
    }

    private Municipality common(int code, Authentication user, Model model) {
        Municipality m = geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        model.addAttribute("municipality", m);
        model.addAttribute("canChange", access.permits(user, code, Need.CHANGE));
        return m;
    }

    private Measurement existing(int code, long id) {
        return repository.measurement(code, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Målingen findes ikke"));
    }
}
