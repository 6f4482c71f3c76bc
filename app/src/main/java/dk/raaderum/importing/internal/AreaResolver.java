package dk.raaderum.importing.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;

/**
 * Reads the area of an input row: a municipality by code ("165", "0165") or name ("Albertslund",
 * "Albertslund Kommune"), or the whole country. Regions and landsdele are recognised and skipped,
 * because Råderum computes them from the municipalities.
 */
@Component
class AreaResolver {

    /** The result for one cell: an area to store, or a row to skip. Unknown text is an error for the caller. */
    sealed interface Resolved {
        record Store(Area area) implements Resolved {
        }

        record Skip() implements Resolved {
        }
    }

    private final Geography geography;

    AreaResolver(Geography geography) {
        this.geography = geography;
    }

    Optional<Resolved> resolve(String text) {
        String t = text == null ? "" : text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("hele landet") || lower.equals("danmark") || lower.equals("0") || lower.equals("000")) {
            return Optional.of(new Resolved.Store(Area.DENMARK));
        }
        if (lower.startsWith("region ") || lower.startsWith("landsdel ")) {
            return Optional.of(new Resolved.Skip());
        }
        Optional<Municipality> municipality = t.matches("\\d{1,4}")
                ? geography.municipality(Integer.parseInt(t))
                : geography.municipalityNamed(t);
        return municipality.map(m -> new Resolved.Store(m.asArea()));
    }
}
