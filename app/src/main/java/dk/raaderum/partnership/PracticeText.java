package dk.raaderum.partnership;

import java.util.ArrayList;
import java.util.List;

import dk.raaderum.indicator.Period;
import dk.raaderum.platform.DanishFormat;

/**
 * What happened to a practice's linked indicator since the practice started, against the comparable municipalities
 * and the expected level, in words that claim an association in time and nothing more.
 */
public final class PracticeText {

    public static final String CAVEAT = "Tallene viser, hvordan indikatoren har udviklet sig, siden praksissen "
            + "startede – en sammenhæng i tid, ikke en påvist effekt. Mange andre forhold påvirker tallet, og en "
            + "kommune, der tager en ny praksis op, kan adskille sig fra andre på måder, tallene ikke viser.";

    /**
     * The indicator's development for the practice's municipality.
     *
     * @param share        true for a share in per cent (changes in procentpoint), false for a count (changes also in per cent)
     * @param practiceStart when the practice started; {@code from} is later when the data begin later
     * @param peersFrom     the comparable municipalities as one group (ratio of sums or sum) in {@code from}
     * @param expected      the expected level in {@code to} with its 90 % interval, or nulls
     */
    public record Development(String indicator, String unit, int decimals, boolean share, Period practiceStart,
            Period from, Double fromValue, Period to, Double toValue, Double peersFrom, Double peersTo,
            Double expected, Double lower, Double upper) {
    }

    private PracticeText() {
    }

    public static List<String> sentences(Development d) {
        List<String> sentences = new ArrayList<>();
        if (d.from() == null || d.to() == null || d.fromValue() == null || d.toValue() == null) {
            sentences.add(d.indicator() + ": der er ikke tal for både praksissens start og den seneste måned.");
            return sentences;
        }
        if (d.from().compareTo(d.practiceStart()) > 0) {
            sentences.add("Praksissen startede i " + d.practiceStart().danish() + ", før de første tal ("
                    + d.from().danish() + "); udviklingen er målt fra " + d.from().danish() + ".");
        }
        sentences.add(d.indicator() + ": fra " + figure(d, d.fromValue()) + " i " + d.from().danish() + " til "
                + figure(d, d.toValue()) + " i " + d.to().danish() + ", " + change(d, d.fromValue(), d.toValue()) + ".");
        if (d.peersFrom() != null && d.peersTo() != null) {
            sentences.add(peers(d));
        }
        if (d.share() && d.expected() != null && d.lower() != null && d.upper() != null) {
            sentences.add(expected(d));
        }
        return sentences;
    }

    private static String peers(Development d) {
        String sentence = "De sammenlignelige kommuner gik i samme periode fra " + figure(d, d.peersFrom()) + " til "
                + figure(d, d.peersTo()) + ", " + change(d, d.peersFrom(), d.peersTo());
        if (!d.share()) {
            return sentence + ".";
        }
        double own = points(d, d.fromValue(), d.toValue());
        double peers = points(d, d.peersFrom(), d.peersTo());
        double relative = DanishFormat.rounded(own - peers, d.decimals());
        if (relative == 0) {
            return sentence + "; kommunen har udviklet sig som dem.";
        }
        return sentence + "; kommunens ændring (" + DanishFormat.signed(own, d.decimals()) + ") er dermed "
                + DanishFormat.number(Math.abs(relative), d.decimals()) + " procentpoint " + (relative < 0 ? "under" : "over")
                + " deres (" + DanishFormat.signed(peers, d.decimals()) + ").";
    }

    private static String expected(Development d) {
        String interval = DanishFormat.number(d.lower(), d.decimals()) + "–" + DanishFormat.number(d.upper(), d.decimals());
        String where = d.toValue() < d.lower() ? "under det niveau, kommunens rammevilkår lader forvente"
                : d.toValue() > d.upper() ? "over det niveau, kommunens rammevilkår lader forvente"
                : "inden for det niveau, kommunens rammevilkår lader forvente";
        return "I " + d.to().danish() + " ligger kommunen " + where + " (" + DanishFormat.number(d.expected(), d.decimals())
                + " pct.; 90 %-interval " + interval + ").";
    }

    private static String figure(Development d, double value) {
        return DanishFormat.number(value, d.decimals()) + (d.share() ? " pct." : " " + d.unit());
    }

    /** "et fald på 0,4 procentpoint", "en stigning på 12 fuldtidspersoner (3 pct.)", "uændret". */
    private static String change(Development d, double from, double to) {
        double diff = points(d, from, to);
        if (diff == 0) {
            return "uændret";
        }
        String size = DanishFormat.number(Math.abs(diff), d.decimals()) + (d.share() ? " procentpoint" : " " + d.unit());
        if (!d.share() && from != 0) {
            size += " (" + DanishFormat.number(Math.abs(diff) / Math.abs(from) * 100, 0) + " pct.)";
        }
        return (diff < 0 ? "et fald på " : "en stigning på ") + size;
    }

    private static double points(Development d, double from, double to) {
        return DanishFormat.rounded(DanishFormat.rounded(to, d.decimals()) - DanishFormat.rounded(from, d.decimals()),
                d.decimals());
    }
}
