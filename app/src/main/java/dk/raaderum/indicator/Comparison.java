package dk.raaderum.indicator;

import java.util.List;

/**
 * An indicator over a run of periods for a municipality and what it is compared with: one series per area of
 * {@link ComparisonAreas#geographic()}, and the peers' group series (empty when there are no peers).
 */
public record Comparison(Indicator indicator, ComparisonAreas areas, List<Period> periods, List<List<Double>> geographic,
        List<Double> peers) {

    public List<Double> own() {
        return geographic.get(0);
    }

    public List<Double> country() {
        return geographic.get(3);
    }

    /** Every series in the order of {@link ComparisonAreas#labels()}. */
    public List<List<Double>> all() {
        List<List<Double>> all = new java.util.ArrayList<>(geographic);
        if (!areas.peers().isEmpty()) {
            all.add(peers);
        }
        return all;
    }
}
