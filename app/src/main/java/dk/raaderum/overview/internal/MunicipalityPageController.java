package dk.raaderum.overview.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.platform.DanishFormat;

/**
 * A municipality's page: the overview first (one tile per question a committee member asks), then every key
 * figure as a panel that loads when it is reached (htmx), or as a page of its own without JavaScript.
 */
@Controller
class MunicipalityPageController {

    private final IndicatorCatalog catalog;
    private final Geography geography;
    private final OverviewViews overview;
    private final KeyFigureViews keyFigures;

    MunicipalityPageController(IndicatorCatalog catalog, Geography geography, OverviewViews overview,
            KeyFigureViews keyFigures) {
        this.catalog = catalog;
        this.geography = geography;
        this.overview = overview;
        this.keyFigures = keyFigures;
    }

    /** The "Skift kommune" form: works without JavaScript (and so under the content security policy). */
    @GetMapping("/kommune")
    String pick(@RequestParam("kode") int code) {
        return "redirect:/kommune/" + municipality(code).code();
    }

    @GetMapping("/kommune/{code}")
    String municipality(@PathVariable int code, Authentication user, Model model) {
        Municipality m = municipality(code);
        List<Indicator> shown = catalog.published();
        model.addAttribute("municipality", m);
        model.addAttribute("population", DanishFormat.number((double) m.population(), 0));
        model.addAttribute("populationDate", DanishFormat.date(m.populationDate()));
        model.addAttribute("tiles", overview.tiles(m, user));
        model.addAttribute("indicators", shown.stream().filter(i -> !i.isSynthetic()).toList());
        model.addAttribute("syntheticIndicators", shown.stream().filter(Indicator::isSynthetic).toList());
        model.addAttribute("municipalities", geography.areas(AreaLevel.KOMMUNE));
        return "overview/municipality";
    }

    /** One key figure's panel: a fragment for htmx, a whole page otherwise. */
    @GetMapping("/kommune/{code}/nogletal/{indicator}")
    String keyFigure(@PathVariable int code, @PathVariable String indicator, HttpServletRequest request, Model model) {
        Municipality m = municipality(code);
        Indicator wanted = catalog.find(indicator).filter(Indicator::published)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Nøgletallet findes ikke"));
        model.addAttribute("municipality", m);
        model.addAttribute("indicator", wanted);
        model.addAttribute("panel", keyFigures.panel(m, wanted).orElse(null));
        return request.getHeader("HX-Request") != null ? "overview/panel :: panel" : "overview/panel";
    }

    private Municipality municipality(int code) {
        return geography.municipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
    }
}
