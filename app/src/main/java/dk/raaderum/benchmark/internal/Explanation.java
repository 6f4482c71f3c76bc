package dk.raaderum.benchmark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.raaderum.benchmark.Condition;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.statistics.LeastSquares;
import dk.raaderum.statistics.Regression;

/**
 * The explanation in words: which conditions move a municipality's expected level most (coefficient × distance
 * from the mean of all fitted municipalities), then how the actual level compares, in the share's good direction.
 */
final class Explanation {

    private static final int MOST = 3;
    private static final double NOTICEABLE = 0.05;

    private Explanation() {
    }

    /** "Brøndbys høje andel almene boliger trækker det forventede niveau 0,6 procentpoint op." */
    static List<String> conditions(String name, Regression model, double[] own, double[] mean, List<Condition> used) {
        List<double[]> effects = new ArrayList<>();
        for (int k = 0; k < used.size(); k++) {
            effects.add(new double[] {k, model.coefficients()[k + 1] * (own[k] - mean[k])});
        }
        effects.sort(Comparator.comparingDouble(e -> -Math.abs(e[1])));
        List<String> sentences = new ArrayList<>();
        for (double[] e : effects.subList(0, Math.min(MOST, effects.size()))) {
            if (Math.abs(e[1]) < NOTICEABLE) {
                continue;
            }
            int k = (int) e[0];
            Condition.Wording words = used.get(k).wording();
            sentences.add(genitive(name) + " " + (own[k] >= mean[k] ? words.high() : words.low()) + " "
                    + words.subject() + " trækker det forventede niveau " + DanishFormat.number(Math.abs(e[1]), 1)
                    + " procentpoint " + (e[1] > 0 ? "op" : "ned") + ".");
        }
        if (sentences.isEmpty()) {
            sentences.add("Rammevilkårene placerer " + name + " tæt på landsgennemsnittet.");
        }
        return sentences;
    }

    /**
     * "Vejen ligger 0,4 procentpoint under det forventede: bedre end forventet, men inden for modellens usikkerhed."
     * A neutral share is never called better or worse.
     */
    static String verdict(String name, double actual, LeastSquares.Prediction expected, GoodDirection direction) {
        double difference = actual - expected.expected();
        String amount = DanishFormat.number(Math.abs(difference), 1);
        if (amount.equals(DanishFormat.number(0.0, 1))) {
            return name + " ligger på det forventede niveau.";
        }
        String position = name + " ligger " + amount + " procentpoint " + (difference < 0 ? "under" : "over")
                + " det forventede";
        if (direction == GoodDirection.NEUTRAL) {
            return position + ". Andelen har ingen fastlagt god retning, så forskellen kaldes hverken bedre eller "
                    + "dårligere.";
        }
        boolean better = difference * direction.sign() > 0;
        boolean inside = actual >= expected.lower() && actual <= expected.upper();
        return position + ": " + (better ? "bedre" : "dårligere") + " end forventet"
                + (inside ? ", men inden for modellens usikkerhed (90 %-intervallet)." : ", også når modellens "
                        + "usikkerhed (90 %-intervallet) regnes med.");
    }

    static String genitive(String name) {
        return name.endsWith("s") || name.endsWith("x") || name.endsWith("z") ? name + "'" : name + "s";
    }
}
