package dk.raaderum.progression.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.geography.Geography;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.FreeText;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.progression.Dimension;
import dk.raaderum.security.AuditTrail;

/** Progression in aggregate for management and politicians, and the leder's set-up (teams, dimensions). */
@Controller
@RequestMapping("/kommune/{code}/progression")
class ProgressionPageController {

    private final ProgressionFigures figures;
    private final ProgressionSettings settings;
    private final CitizenRepository repository;
    private final Geography geography;
    private final AuditTrail audit;
    private final Clock clock;

    ProgressionPageController(ProgressionFigures figures, ProgressionSettings settings, CitizenRepository repository,
            Geography geography, AuditTrail audit, Clock clock) {
        this.figures = figures;
        this.settings = settings;
        this.repository = repository;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    record Horizon(int months, DataTable overview, DataTable dimensions) {
    }

    @GetMapping
    @PreAuthorize("@access.reads(#code, 'progression i alt')")
    String aggregates(@PathVariable int code, @RequestParam(defaultValue = "maalgruppe") String efter, Model model) {
        ProgressionFigures.Grouping by = ProgressionFigures.Grouping.parse(efter)
                .orElse(ProgressionFigures.Grouping.TARGET_GROUP);
        LocalDate today = DanishFormat.today(clock);
        List<Horizon> horizons = new ArrayList<>();
        boolean synthetic = false;
        for (int months : ProgressionFigures.HORIZONS) {
            ProgressionFigures.Result r = figures.aggregate(code, by, months, today);
            synthetic |= r.synthetic();
            horizons.add(new Horizon(months, ProgressionTables.overview(r, false), ProgressionTables.dimensions(r)));
        }
        ProgressionFigures.Result efforts = figures.aggregate(code, ProgressionFigures.Grouping.EFFORT, 6, today);
        model.addAttribute("municipality", geography.municipality(code).orElseThrow());
        model.addAttribute("by", by);
        model.addAttribute("groupings", ProgressionFigures.Grouping.values());
        model.addAttribute("horizons", horizons);
        model.addAttribute("efforts", ProgressionTables.overview(efforts, true));
        model.addAttribute("synthetic", synthetic || efforts.synthetic());
        model.addAttribute("today", DanishFormat.date(today));
        return "progression/aggregates";
    }

    @GetMapping("/opsaetning")
    @PreAuthorize("@access.changes(#code, 'sagsbehandlerteams')")
    String setup(@PathVariable int code, Model model) {
        model.addAttribute("municipality", geography.municipality(code).orElseThrow());
        model.addAttribute("caseworkers", settings.caseworkers(code));
        model.addAttribute("teams", repository.teams(code));
        model.addAttribute("dimensions", settings.dimensions(code));
        model.addAttribute("defaults", settings.dimensions(code).equals(Dimension.DEFAULTS));
        return "progression/setup";
    }

    @PostMapping("/opsaetning/teams")
    @PreAuthorize("@access.changes(#code, 'sagsbehandlerteams')")
    String setTeams(@PathVariable int code, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String teams, Authentication auth, RedirectAttributes flash) {
        String user = FreeText.trimmed(username);
        Set<String> chosen = new LinkedHashSet<>();
        Arrays.stream(teams.split("[,\\n]")).map(FreeText::trimmed).filter(t -> t != null).forEach(chosen::add);
        if (user == null || chosen.stream().anyMatch(t -> FreeText.problem("Teamet", t, Drafts.TEAM_LENGTH).isPresent())) {
            flash.addFlashAttribute("error", "Angiv et brugernavn og teams på højst " + Drafts.TEAM_LENGTH
                    + " tegn, adskilt af komma");
        } else {
            settings.setTeams(code, user, chosen);
            audit.record(auth.getName(), code, "ændr", "sagsbehandlerteams for " + user, "ok",
                    chosen.isEmpty() ? "ingen begrænsning" : String.join(", ", chosen));
            flash.addFlashAttribute("message", chosen.isEmpty() ? user + " ser nu alle teams"
                    : user + " ser nu kun " + String.join(", ", chosen));
        }
        return "redirect:/kommune/" + code + "/progression/opsaetning";
    }
}
