package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.geography.Geography;
import dk.raaderum.platform.StrictNumbers;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;

/**
 * The activation-mix scenario page: a scenario changes nothing, so it is a GET form whose fields stay in the address.
 * The assumed effects per effort type are shown in the form and can be changed.
 */
@Controller
class MixPageController {

    static final List<String> FIELDS = List.of("nuVirksomhed", "nuUddannelse", "nuProjekter", "nuNytte",
            "nyVirksomhed", "nyUddannelse", "nyProjekter", "nyNytte", "effektVirksomhed", "effektUddannelse",
            "effektProjekter", "effektNytte");
    private static final List<String> DEFAULTS = List.of("20", "30", "40", "10", "40", "20", "30", "10", "6", "0", "1",
            "1");

    private final Geography geography;
    private final EconomyService economy;

    MixPageController(Geography geography, EconomyService economy) {
        this.geography = geography;
        this.economy = economy;
    }

    @GetMapping("/kommune/{code}/oekonomi/aktiveringsmiks")
    @PreAuthorize("@access.reads(#code, 'aktiveringsmiks')")
    String mix(@PathVariable int code, @RequestParam Map<String, String> params, Model model) {
        model.addAttribute("municipality", geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune")));
        model.addAttribute("current", "aktiveringsmiks");
        model.addAttribute("groups", Groups.slugs().stream().map(s -> new String[] {s, Groups.name(s)}).toList());
        String group = params.getOrDefault("gruppe", "kontanthjaelp");
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        double[] numbers = new double[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            String text = params.getOrDefault(FIELDS.get(i), DEFAULTS.get(i));
            values.put(FIELDS.get(i), text);
            Optional<Double> n = StrictNumbers.parse(text, StrictNumbers.Style.DANISH);
            if (n.isEmpty()) {
                problems.add("Feltet «" + label(FIELDS.get(i)) + "» skal være et tal.");
            } else {
                numbers[i] = n.get();
            }
        }
        model.addAttribute("gruppe", group);
        model.addAttribute("values", values);
        ActivationMix.Effects given = new ActivationMix.Effects(numbers[8], numbers[9], numbers[10], numbers[11]);
        boolean assumed = given.equals(ActivationMix.Effects.ASSUMED);
        if (problems.isEmpty() && params.containsKey("gruppe")) {
            MixDraft draft = new MixDraft(group, 100, 4,
                    new ActivationMix.Mix(numbers[0], numbers[1], numbers[2], numbers[3]),
                    new ActivationMix.Mix(numbers[4], numbers[5], numbers[6], numbers[7]),
                    assumed ? null : given);
            EconomyService.CaseAnswer answer = economy.activationMix(code, draft);
            if (answer instanceof EconomyService.CaseRefusal r) {
                problems.add(r.message());
            } else {
                model.addAttribute("result", view((EconomyService.Mixed) answer));
            }
        }
        model.addAttribute("problems", problems);
        return "economy/mix";
    }

    /** The scenario's figures per 100 citizens starting a spell. */
    record MixView(String sentence, DataTable years) {
    }

    static MixView view(EconomyService.Mixed m) {
        ActivationMix.Scenario s = m.scenario();
        String sentence = s.longer()
                ? "Det foreslåede miks har efter antagelserne mindre effekt end det nuværende ("
                        + dk.raaderum.platform.DanishFormat.number(s.proposedWeeks(), 1) + " mod "
                        + dk.raaderum.platform.DanishFormat.number(s.currentWeeks(), 1)
                        + " uger kortere forløb); længere forløb regnes ikke her."
                : "Efter antagelserne bliver forløbene " + dk.raaderum.platform.DanishFormat.number(s.weeksShorter(), 1)
                        + " uger kortere (" + dk.raaderum.platform.DanishFormat.number(s.currentWeeks(), 1) + " med det "
                        + "nuværende miks, " + dk.raaderum.platform.DanishFormat.number(s.proposedWeeks(), 1)
                        + " med det foreslåede).";
        DataTable.Builder t = DataTable.builder("miks-aar", "Aktiveringsmiksets virkning pr. 100 borgere, der starter et forløb",
                "År", "Sparede personuger", "Kommunens besparelse", "Statens besparelse");
        for (CaseResult.Year y : s.result().years()) {
            t.row(Cell.text(y.year() + ". år"), Cell.figure(y.savedPersonWeeks(), Quantity.COUNT),
                    Cell.figure(y.municipalSavingsDkk(), Quantity.KRONER), Cell.figure(y.stateSavingsDkk(), Quantity.KRONER));
        }
        return new MixView(sentence, t.source(EconomyPages.source(m.register())
                + (m.assumed() ? " Effekterne pr. indsatstype er antagelser." : " Effekterne pr. indsatstype er brugerens egne.")).build());
    }

    static String label(String field) {
        return field.replace("nu", "nu: ").replace("ny", "nyt: ").replace("effekt", "effekt: ");
    }
}
