package dk.raaderum.economy.internal;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.security.AuditTrail;

/** The economy forward under the municipality's Økonomi: the cost forecast and the business cases. */
@Controller
class ForwardPageController {

    private final Geography geography;
    private final EconomyService economy;
    private final CaseRepository cases;
    private final AuditTrail audit;
    private final PlanFollowUp plan;

    ForwardPageController(Geography geography, EconomyService economy, CaseRepository cases, AuditTrail audit, PlanFollowUp plan) {
        this.plan = plan;
        this.geography = geography;
        this.economy = economy;
        this.cases = cases;
        this.audit = audit;
    }

    @GetMapping("/kommune/{code}/oekonomi/prognose")
    @PreAuthorize("@access.reads(#code, 'økonomiprognose')")
    String forecast(@PathVariable int code, @RequestParam(required = false) String asOf,
            @RequestParam(name = "kvartaler", required = false) Integer quarters, Model model) {
        model.addAttribute("municipality", municipality(code));
        model.addAttribute("current", "prognose");
        EconomyService.ForecastAnswer answer = economy.forecast(code, asOf, quarters == null ? 8 : quarters);
        if (answer instanceof EconomyService.Refusal r) {
            model.addAttribute("error", r.message());
        } else {
            EconomyService.Forecast f = (EconomyService.Forecast) answer;
            EconomyPages.ForecastView view = EconomyPages.forecast(f);
            model.addAttribute("forecast", view);
            economy.outlook(code, f.asOf()).ifPresent(outlook -> {
                var motorveje = plan.motorveje(code, outlook.year());
                if (!motorveje.isEmpty()) {
                    model.addAttribute("budget", EconomyPages.budget(outlook, motorveje, f.hiddenGroups(), view.source()));
                }
            });
        }
        return "economy/forecast";
    }

    @GetMapping("/kommune/{code}/oekonomi/investeringscases")
    @PreAuthorize("@access.reads(#code, 'investeringscases')")
    String cases(@PathVariable int code, Model model) {
        return casesPage(code, new CaseForm(), model);
    }

    @PostMapping("/kommune/{code}/oekonomi/investeringscases")
    @PreAuthorize("@access.changes(#code, 'investeringscase')")
    String compute(@PathVariable int code, @ModelAttribute("form") CaseForm form, BindingResult errors, Model model,
            Authentication user) {
        CaseDraft draft = form.draft(errors);
        if (draft != null) {
            EconomyService.CaseAnswer answer = economy.businessCase(code, draft);
            if (answer instanceof EconomyService.CaseRefusal r) {
                errors.rejectValue(CaseForm.field(r.field()), "case", r.message());
            } else {
                EconomyService.Computed c = (EconomyService.Computed) answer;
                long id = cases.save(code, c, EconomyJson.businessCase(c), user.getName());
                audit.record(user.getName(), code, "opret", "investeringscase " + id, "ok", c.input().title());
                model.addAttribute("result", EconomyPages.businessCase(c, c.sensitivity()));
                model.addAttribute("savedId", id);
            }
        }
        return casesPage(code, form, model);
    }

    private String casesPage(int code, CaseForm form, Model model) {
        model.addAttribute("municipality", municipality(code));
        model.addAttribute("current", "investeringscases");
        model.addAttribute("form", form);
        model.addAttribute("groups", Groups.slugs().stream().map(s -> new String[] {s, Groups.name(s)}).toList());
        DataTable.Builder compare = DataTable.builder("cases-sammenligning", "Kommunens investeringscases side om side",
                "Case", "Ydelsesgruppe", "Nutidsværdi", "Netto i alt", "Tjent hjem efter");
        List<CaseRepository.Kept> kept = cases.list(code);
        model.addAttribute("kept", kept);
        for (CaseRepository.Kept k : kept) {
            compare.row(Cell.text(k.title()), Cell.text(Groups.name(k.group())), Cell.figure(k.npvDkk(), Quantity.MILLION_KRONER),
                    Cell.figure(k.netDkk(), Quantity.MILLION_KRONER),
                    k.paybackMonths() == null ? Cell.text("ikke inden for perioden")
                            : Cell.figure(k.paybackMonths().doubleValue(), new Quantity(0, "måneder", 1, false)));
        }
        model.addAttribute("compare", compare.source("Kilde: kommunens egne investeringscases, regnet af Råderum på det "
                + "indlæste register.").build());
        return "economy/cases";
    }

    private Municipality municipality(int code) {
        return geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
    }
}
