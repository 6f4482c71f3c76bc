package dk.raaderum.progression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.progression.ProgressionAggregate.Figures;

/**
 * The sentences about aggregated progression for the committee: each states only what the table shows, never a
 * withheld figure, and never claims that an effort caused a change.
 */
public final class ProgressionSummary {

    private ProgressionSummary() {
    }

    /** What the table over {@code months} months says, per group word (e.g. "målgruppe"). */
    public static List<String> sentences(ProgressionAggregate.Table table, int months, String groupWord) {
        List<String> sentences = new ArrayList<>();
        Figures total = table.total();
        if (total.suppressed()) {
            sentences.add("Færre end 5 borgere har to vurderinger med ca. " + months
                    + " måneders mellemrum, så udviklingen vises ikke.");
            return sentences;
        }
        if (total.citizens() == 0) {
            sentences.add("Ingen borgere har endnu to vurderinger med ca. " + months + " måneders mellemrum.");
            return sentences;
        }
        sentences.add(DanishFormat.number((double) total.citizens(), 0) + " borgere har to vurderinger med ca. "
                + months + " måneders mellemrum. " + DanishFormat.number(total.shareWithProgress(), 0)
                + " pct. af dem er rykket fremad, og den gennemsnitlige ændring er "
                + points(total.meanChange()) + " på skalaen 1-5.");
        List<Figures> shown = table.groups().stream().filter(f -> !f.suppressed() && f.meanChange() != null).toList();
        if (shown.size() >= 2) {
            Figures best = shown.stream().max(Comparator.comparingDouble(Figures::meanChange)).orElseThrow();
            Figures least = shown.stream().min(Comparator.comparingDouble(Figures::meanChange)).orElseThrow();
            sentences.add("Størst fremgang pr. " + groupWord + ": " + best.group() + " (" + points(best.meanChange())
                    + "); mindst: " + least.group() + " (" + points(least.meanChange()) + ").");
        }
        long withheld = table.groups().stream().filter(Figures::suppressed).count();
        if (withheld > 0) {
            sentences.add(withheld == 1 ? "Én gruppe vises ikke, fordi den har færre end 5 borgere."
                    : withheld + " grupper vises ikke, fordi de har færre end 5 borgere eller ellers kunne regnes ud "
                            + "fra totalen.");
        }
        return sentences;
    }

    /** The caution that belongs beside every table of efforts and progression. */
    public static String associationCaution() {
        return "Tabellen viser sammenhæng, ikke effekt: borgerne i de enkelte indsatser var ikke ens fra start, og "
                + "intervallet viser kun usikkerheden på gennemsnittet blandt de målte borgere.";
    }

    /** The effort whose whole 95 % interval lies above zero, if any: the only association the text may name. */
    public static Optional<String> clearlyPositive(ProgressionAggregate.Table efforts) {
        return efforts.groups().stream().filter(f -> !f.suppressed() && f.interval() != null && f.interval().lower() > 0)
                .max(Comparator.comparingDouble(f -> f.interval().lower()))
                .map(f -> "Borgere i " + f.group().toLowerCase(DanishFormat.DANISH) + " rykkede sig i gennemsnit "
                        + points(f.meanChange()) + " over 6 måneder (95 %-interval fra "
                        + DanishFormat.signed(f.interval().lower(), 2) + " til " + points(f.interval().upper()) + ", "
                        + f.citizens() + " borgere).");
    }

    private static String points(double value) {
        return DanishFormat.signed(value, 2) + " point";
    }
}
