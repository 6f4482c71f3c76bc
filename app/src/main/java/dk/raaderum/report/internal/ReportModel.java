package dk.raaderum.report.internal;

import java.util.List;

import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Period;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Motorvej;
import dk.raaderum.report.ReportSection;

/** Everything the committee report template shows, already formatted in Danish where it is text. */
record ReportModel(Municipality municipality, Period quarter, String quarterText, String made, List<String> summary,
        List<KeyRow> keyFigures, String peerNames, List<Chart> charts, List<ExpectedRow> expected, Economy economy,
        Integer planYear, List<FollowedGoal> goals, Activation activation, List<ReportSection.Content> sections,
        List<String> sources, String dataUntil) {

    /** Whether any figure comes from synthetic data: then every page of the report says so. */
    public boolean synthetic() {
        return sources.stream().anyMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains("syntetisk"))
                || economy != null && economy.synthetic();
    }

    /** One key figure: the quarter, a year before and the comparison areas (shares only). */
    record KeyRow(String id, String name, String unit, String value, String lastYear, String change, String landsdel,
            String region, String country, String peers, String provenance) {
    }

    /** An SVG chart with its text alternative and where its figures come from. */
    record Chart(String id, String title, String svg, String description, String provenance) {
    }

    record ExpectedRow(String name, String actual, String expected, String interval, String difference,
            String persons, String kroner, String rank) {
    }

    /** The cost after refusion in the quarter by tier, the municipal share, and the trend over eight quarters. */
    record Economy(String municipal, String gross, String share, List<Tier> tiers, Chart trend,
            boolean synthetic, String provenance) {
    }

    /** One refusion tier's row: "Uge 5-26 (kommunen betaler 60 pct.)" and its amount. */
    record Tier(String label, String amount) {
    }

    /** The activation degree against the motorveje's intended mix. */
    record Activation(String degree, String provenance, List<Motorvej> mixes) {
    }
}
