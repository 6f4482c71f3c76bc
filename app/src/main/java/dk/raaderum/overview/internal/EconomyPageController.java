package dk.raaderum.overview.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;

/** "Økonomi": what spells on public support cost the municipality after refusion (see {@link EconomyViews}). */
@Controller
class EconomyPageController {

    private final Geography geography;
    private final EconomyViews views;

    EconomyPageController(Geography geography, EconomyViews views) {
        this.geography = geography;
        this.views = views;
    }

    @GetMapping("/kommune/{code}/oekonomi")
    String economy(@PathVariable int code, Model model) {
        Municipality m = geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        model.addAttribute("municipality", m);
        model.addAttribute("economy", views.economy(m).orElse(null));
        return "overview/economy";
    }
}
