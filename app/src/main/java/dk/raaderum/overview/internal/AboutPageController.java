package dk.raaderum.overview.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.raaderum.indicator.IndicatorCatalog;

/** How the figures are defined and computed, in plain Danish. */
@Controller
class AboutPageController {

    private final IndicatorCatalog catalog;

    AboutPageController(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/om")
    String about(Model model) {
        model.addAttribute("indicators", catalog.published());
        return "overview/about";
    }
}
