package dk.raaderum.geography.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.geography.Geography;

@RestController
@RequestMapping("/api/v1/municipalities")
class MunicipalityApiController {

    private final Geography geography;

    MunicipalityApiController(Geography geography) {
        this.geography = geography;
    }

    record MunicipalityJson(String code, String name, String landsdel, String region, int population,
            String populationDate) {
    }

    @GetMapping
    List<MunicipalityJson> all() {
        return geography.municipalities().stream()
                .map(m -> new MunicipalityJson(m.codeText(), m.name(), m.landsdel().name(), m.region().name(),
                        m.population(), m.populationDate().toString()))
                .toList();
    }
}
