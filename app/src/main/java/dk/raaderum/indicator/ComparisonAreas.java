package dk.raaderum.indicator;

import java.util.List;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.Municipality;

/**
 * What a municipality is compared with on every page, in the report and in the exports: its landsdel, its region,
 * the whole country, and its comparable municipalities from the fair benchmark (as one group: a ratio of sums).
 *
 * @param peers the comparable municipalities; empty when the benchmark has no model for the indicator
 */
public record ComparisonAreas(Municipality municipality, List<Area> peers) {

    public static final String PEERS = "Sammenlignelige kommuner";

    public ComparisonAreas {
        peers = List.copyOf(peers);
    }

    public Area own() {
        return municipality.asArea();
    }

    /** Municipality, landsdel, region and country, in that order. */
    public List<Area> geographic() {
        return List.of(municipality.asArea(), municipality.landsdel(), municipality.region(), Area.DENMARK);
    }

    /** The column names as the reader sees them: the four areas, then the peers when there are any. */
    public List<String> labels() {
        List<String> labels = new java.util.ArrayList<>(geographic().stream().map(Area::name).toList());
        if (!peers.isEmpty()) {
            labels.add(PEERS);
        }
        return labels;
    }
}
