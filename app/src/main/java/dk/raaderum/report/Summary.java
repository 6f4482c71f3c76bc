package dk.raaderum.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.raaderum.plan.GoalStatus;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.report.ReportFigures.Economy;
import dk.raaderum.report.ReportFigures.Expected;
import dk.raaderum.report.ReportFigures.Goals;
import dk.raaderum.report.ReportFigures.KeyFigure;

/**
 * The written summary: one rule per sentence, each stating only what the figures show, in Danish number formats,
 * and saying so when a figure is missing. Differences are taken between the rounded figures the reader sees, so
 * the sentence and the table always agree.
 */
public final class Summary {

    private Summary() {
    }

    /** "Ledige: 656 fuldtidspersoner i 2. kvt. 2026, 23 færre end samme kvartal året før (-3,4 pct.)." */
    public static String development(KeyFigure f, String period) {
        if (f.value() == null) {
            return f.name() + ": der er ingen tal for " + period + ".";
        }
        String now = f.name() + ": " + figure(f, f.value()) + " i " + period;
        if (f.lastYear() == null) {
            return now + ". Der er ingen tal for samme periode året før at sammenligne med.";
        }
        double change = DanishFormat.rounded(f.value(), f.decimals()) - DanishFormat.rounded(f.lastYear(), f.decimals());
        if (Math.abs(change) < half(f.decimals())) {
            return now + ", uændret fra samme periode året før.";
        }
        if (f.share()) {
            return now + ", " + points(Math.abs(change)) + (change < 0 ? " lavere" : " højere")
                    + " end samme periode året før.";
        }
        double percent = change / DanishFormat.rounded(f.lastYear(), f.decimals()) * 100;
        return now + ", " + DanishFormat.number(Math.abs(change), f.decimals()) + (change < 0 ? " færre" : " flere")
                + " end samme periode året før (" + DanishFormat.signed(percent, 1) + " pct.).";
    }

    /** "Det er 0,4 procentpoint under hele landet (2,5 pct.)." — for shares only. */
    public static String comparedWithCountry(KeyFigure f) {
        if (f.value() == null || f.country() == null) {
            return f.name() + ": der er ingen tal til sammenligning med hele landet.";
        }
        double difference = DanishFormat.rounded(f.value(), f.decimals()) - DanishFormat.rounded(f.country(), f.decimals());
        String country = "hele landet (" + figure(f, f.country()) + ")";
        if (Math.abs(difference) < half(f.decimals())) {
            return f.name() + ": kommunen ligger på niveau med " + country + ".";
        }
        return f.name() + ": kommunen ligger " + points(Math.abs(difference)) + (difference < 0 ? " under " : " over ")
                + country + ".";
    }

    /** Actual against the expected level, and what the difference means in persons and kroner. */
    public static String expected(Expected e, String period) {
        if (e.actual() == null || e.expected() == null || e.lower() == null || e.upper() == null) {
            return e.name() + ": der er ikke beregnet et forventet niveau for " + period + ".";
        }
        String actual = pct(e.actual());
        String interval = pct(e.lower()) + " til " + pct(e.upper());
        if (e.actual() >= e.lower() && e.actual() <= e.upper()) {
            return e.name() + ": " + actual + " ligger inden for det niveau, kommunens rammevilkår lader forvente ("
                    + interval + ").";
        }
        boolean below = e.actual() < e.lower();
        String sentence = e.name() + ": " + actual + " ligger " + (below ? "under" : "over")
                + " det forventede niveau på " + pct(e.expected()) + " (" + interval + ")";
        if (e.persons() == null) {
            return sentence + ".";
        }
        sentence += "; forskellen svarer til " + DanishFormat.number(Math.abs(e.persons()), 0)
                + (below ? " færre" : " flere") + " fuldtidspersoner";
        return sentence + (e.dkk() == null ? "." : " og " + DanishFormat.millions(Math.abs(e.dkk())) + (below ? " mindre" : " mere")
                + " i udgift om året.");
    }

    /** The cost after refusion and the part that goes to spells of more than a year. */
    public static String economy(Economy e, String period) {
        if (e == null || e.municipalCost() == null) {
            return "Der er ikke indlæst et ydelsesregister for " + period
                    + ", så kommunens udgifter efter refusion kan ikke opgøres.";
        }
        String sentence = "Kommunens udgift til forsørgelsesydelser efter refusion var " + DanishFormat.millions(e.municipalCost())
                + " i " + period;
        if (e.beyondOneYear() == null || e.municipalCost() <= 0) {
            return sentence + ".";
        }
        return sentence + "; " + DanishFormat.number(e.beyondOneYear() / e.municipalCost() * 100, 0)
                + " pct. af den gik til borgere, der har været på ydelse i mere end et år.";
    }

    /** "Af planens 4 mål er 2 på sporet, 1 i risiko og 1 uden data." */
    public static String goals(Goals g) {
        if (g.goals() == null) {
            return "Planens mål vises kun for læsere med adgang til kommunens beskæftigelsesplan.";
        }
        if (g.planYear() == null || g.goals().isEmpty()) {
            return "Kommunen har ikke registreret mål for beskæftigelsesplanen i Råderum.";
        }
        Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
        g.goals().forEach(s -> counts.merge(s, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + (status == GoalStatus.INGEN_DATA ? "uden data" : status.danish())));
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " og " + parts.get(parts.size() - 1);
        if (g.goals().size() == 1) {
            return "Beskæftigelsesplanen " + g.planYear() + " har ét mål; det er "
                    + list.substring(list.indexOf(' ') + 1) + ".";
        }
        return "Af de " + g.goals().size() + " mål i beskæftigelsesplanen " + g.planYear() + " er " + list + ".";
    }

    private static String figure(KeyFigure f, double value) {
        return DanishFormat.quantity(value, f.decimals(), f.unit());
    }

    private static String points(double value) {
        return DanishFormat.number(value, 1) + " procentpoint";
    }

    private static String pct(double value) {
        return DanishFormat.number(value, 1) + " pct.";
    }

    private static double half(int decimals) {
        return 0.5 * Math.pow(10, -decimals);
    }
}
