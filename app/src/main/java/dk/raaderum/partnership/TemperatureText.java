package dk.raaderum.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.raaderum.platform.DanishFormat;

/**
 * Every sentence of the temperature measurement's results and council presentation, each from one rule that states
 * only what the figures show. Means are on the scale 1–5 with one decimal; a difference is taken between the rounded
 * figures the reader sees, so it can be checked by hand.
 */
public final class TemperatureText {

    private TemperatureText() {
    }

    /** How many answered, per role, and which roles are too few to be shown for themselves. */
    public static String responses(Map<SurveyRole, Integer> respondents) {
        int total = respondents.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "Der er endnu ingen svar på målingen.";
        }
        List<String> parts = new ArrayList<>();
        List<SurveyRole> few = new ArrayList<>();
        for (SurveyRole role : SurveyRole.values()) {
            Integer n = respondents.get(role);
            if (n != null && n > 0) {
                parts.add(DanishFormat.number((double) n, 0) + " fra " + role.inSentence());
                if (n < SurveyResults.THRESHOLD) {
                    few.add(role);
                }
            }
        }
        String sentence = "Målingen har " + DanishFormat.number((double) total, 0) + " svar: " + list(parts) + ".";
        if (!few.isEmpty()) {
            sentence += " " + capitalise(list(few.stream().map(SurveyRole::inSentence).toList()))
                    + " har færre end " + SurveyResults.THRESHOLD + " svar og vises derfor ikke for sig.";
        }
        return sentence;
    }

    /** A recommendation's all-roles score, or why it is not shown. */
    public static String score(SurveyResults.Cell all) {
        String name = name(all.recommendation());
        return switch (all.visibility()) {
            case SHOWN -> name + " får " + one(all.mean()) + " i gennemsnit på en skala fra 1 til 5.";
            case TOO_FEW -> name + " har for få svar til at blive vist.";
            case PROTECTED -> name + " vises ikke for alle roller samlet, da en lille gruppe ellers kunne regnes ud.";
        };
    }

    /** The largest gaps between roles (up to three), or that the roles agree, or that they cannot be compared. */
    public static List<String> gaps(SurveyResults.Results results) {
        long shownRoles = results.byRecommendation().stream().filter(c -> c.role() != null && !c.suppressed())
                .map(SurveyResults.Cell::role).distinct().count();
        if (shownRoles < 2) {
            return List.of("Færre end to roller har svar nok til at blive vist, så rollerne kan ikke sammenlignes.");
        }
        List<RoleGaps.Gap> gaps = RoleGaps.noteworthy(results);
        if (gaps.isEmpty()) {
            return List.of("Rollerne vurderer anbefalingerne nogenlunde ens: ingen forskel mellem to roller er på "
                    + one(RoleGaps.NOTEWORTHY) + " point eller mere.");
        }
        return gaps.stream().limit(3).map(TemperatureText::gap).toList();
    }

    /** "Ved anbefaling 4 (…) giver politikerne 4,1 og medarbejderne 2,6: 1,5 point lavere." */
    public static String gap(RoleGaps.Gap g) {
        return "Ved " + lower(name(g.recommendation())) + " giver " + g.high().inSentence() + " " + one(g.highMean())
                + " og " + g.low().inSentence() + " " + one(g.lowMean()) + ": "
                + one(difference(g.highMean(), g.lowMean())) + " point lavere.";
    }

    /** The change since the previous measurement. */
    public static String sincePrevious(Recommendation r, Double now, Double before, Integer previousYear) {
        if (previousYear == null) {
            return "Der er ingen tidligere måling at sammenligne " + lower(name(r)) + " med.";
        }
        if (now == null || before == null) {
            return capitalise(lower(name(r))) + " kan ikke sammenlignes med målingen i " + previousYear
                    + ", fordi et af tallene ikke kan vises.";
        }
        double change = difference(now, before);
        String from = " (fra " + one(before) + " til " + one(now) + ")";
        if (change == 0) {
            return "Vurderingen af " + lower(name(r)) + " er uændret siden målingen i " + previousYear + " ("
                    + one(now) + ").";
        }
        return "Siden målingen i " + previousYear + " er vurderingen af " + lower(name(r))
                + (change > 0 ? " steget " : " faldet ") + one(Math.abs(change)) + " point" + from + ".";
    }

    /** The municipality against the average of the partnership's other members that share their measurement. */
    public static String againstPartnership(Recommendation r, Double own, Double average, int members,
            String partnership) {
        if (members == 0 || average == null) {
            return "Ingen andre kommuner i " + partnership + " deler en måling af " + lower(name(r)) + " endnu.";
        }
        String who = members == 1 ? "den ene anden kommune" : "de " + members + " andre kommuner";
        String sentence = "Gennemsnittet for " + who + " i " + partnership + ", der deler deres måling, er "
                + one(average) + " for " + lower(name(r));
        if (own == null) {
            return sentence + ".";
        }
        double d = difference(own, average);
        return sentence + (d == 0 ? "; kommunen ligger på gennemsnittet."
                : "; kommunen ligger " + one(Math.abs(d)) + " point " + (d > 0 ? "over." : "under."));
    }

    /** The recommendations to focus on and why. */
    public static List<String> focus(List<FocusRecommendations.Focus> chosen) {
        if (chosen.isEmpty()) {
            return List.of("Der er for få svar til at pege på anbefalinger at sætte fokus på.");
        }
        List<String> sentences = new ArrayList<>();
        sentences.add("Målingen peger på, at kommunalbestyrelsen sætter fokus på " + list(chosen.stream()
                .map(f -> "anbefaling " + f.recommendation().number()).toList()) + ".");
        for (FocusRecommendations.Focus f : chosen) {
            List<String> why = new ArrayList<>();
            if (f.lowScore()) {
                why.add("blandt de laveste vurderinger (" + one(f.score()) + ")");
            }
            if (f.gap() != null) {
                why.add("stor forskel mellem rollerne (" + f.gap().high().inSentence() + " " + one(f.gap().highMean())
                        + ", " + f.gap().low().inSentence() + " " + one(f.gap().lowMean()) + ")");
            }
            sentences.add(name(f.recommendation()) + ": " + list(why) + ".");
        }
        return sentences;
    }

    /** Which recommendations the interviews touched, most often first. */
    public static String interviewThemes(int interviews, Map<Recommendation, Integer> touched) {
        if (interviews == 0) {
            return "Der er ikke registreret interview til målingen.";
        }
        String held = "Der er registreret " + interviews + " interview";
        if (touched.isEmpty()) {
            return held + ", uden temaer knyttet til anbefalingerne.";
        }
        List<String> parts = touched.entrySet().stream()
                .sorted(Map.Entry.<Recommendation, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().number()))
                .map(e -> "anbefaling " + e.getKey().number() + " (" + e.getValue() + " interview)").toList();
        return held + ". Temaerne var " + list(parts) + ".";
    }

    // ---

    static String name(Recommendation r) {
        return "Anbefaling " + r.number() + " (" + r.title() + ")";
    }

    private static String one(Double value) {
        return DanishFormat.number(value, 1);
    }

    private static double difference(double a, double b) {
        return DanishFormat.rounded(DanishFormat.rounded(a, 1) - DanishFormat.rounded(b, 1), 1);
    }

    private static String lower(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "a", "a og b", "a, b og c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }
}
