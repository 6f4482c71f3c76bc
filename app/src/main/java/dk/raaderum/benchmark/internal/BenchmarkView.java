package dk.raaderum.benchmark.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.benchmark.Condition;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.platform.DanishFormat;

/**
 * How the pages show a benchmark in the share's good direction: colours (blue the good side, red the bad, and
 * a palette without good and bad for a neutral share), the legend, the rank note and the model in plain words.
 */
final class BenchmarkView {

    static final String NO_VALUE = "#d9d9d9";
    private static final String[] GOOD_TO_BAD = {"#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#b2182b"};
    private static final String[] BELOW_TO_ABOVE = {"#018571", "#80cdc1", "#f5f5f5", "#dfc27d", "#a6611a"};

    /** Below this Q² the conditions predict too little for the expected level to say much. */
    private static final double WEAK = 0.3;

    private final GoodDirection direction;
    /** Class breaks in procentpoint from the model's residual spread, so every share gets a readable map. */
    private final double inner;
    private final double outer;

    BenchmarkView(BenchmarkResult result) {
        this.direction = result.direction();
        double spread = Math.sqrt(result.model().residualVariance());
        this.outer = round(spread);
        this.inner = round(spread / 4);
    }

    /** How far to the bad side of expected a difference lies (for a neutral share: how far above). */
    double badness(double difference) {
        return direction == GoodDirection.HIGHER_IS_BETTER ? -difference : difference;
    }

    String fill(Double difference) {
        if (difference == null) {
            return NO_VALUE;
        }
        double b = badness(difference);
        String[] palette = palette();
        return b <= -outer ? palette[0] : b < -inner ? palette[1] : b <= inner ? palette[2]
                : b < outer ? palette[3] : palette[4];
    }

    List<String> legendFills() {
        List<String> fills = new ArrayList<>(List.of(palette()));
        fills.add(NO_VALUE);
        return fills;
    }

    List<String> legend() {
        String good = direction == GoodDirection.HIGHER_IS_BETTER ? "over" : "under";
        String bad = direction == GoodDirection.HIGHER_IS_BETTER ? "under" : "over";
        boolean neutral = direction == GoodDirection.NEUTRAL;
        String i = decimals(inner);
        String o = decimals(outer);
        return List.of("mindst " + o + " procentpoint " + good + " det forventede" + (neutral ? "" : " (bedre)"),
                i + "-" + o + " procentpoint " + good + (neutral ? "" : " (bedre)"),
                "inden for ±" + i + " procentpoint",
                i + "-" + o + " procentpoint " + bad + (neutral ? "" : " (dårligere)"),
                "mindst " + o + " procentpoint " + bad + (neutral ? "" : " (dårligere)"), "ingen værdi");
    }

    /** The map's description for screen readers. */
    String mapDescription() {
        return switch (direction) {
            case NEUTRAL -> "Grønne kommuner ligger under det forventede, brune over; andelen har ingen fastlagt god "
                    + "retning. Tallene står i tabellen.";
            case HIGHER_IS_BETTER -> "Blå kommuner ligger over det forventede (bedre, da højere er bedre), røde under. "
                    + "Tallene står i tabellen.";
            case LOWER_IS_BETTER -> "Blå kommuner ligger under det forventede (bedre, da lavere er bedre), røde over. "
                    + "Tallene står i tabellen.";
        };
    }

    String rankNote() {
        String order = switch (direction) {
            case NEUTRAL -> "Andelen har ingen fastlagt god retning, så placeringen ordner blot efter forskellen "
                    + "(placering 1 ligger mest under det forventede) uden at kalde den bedre eller dårligere.";
            case HIGHER_IS_BETTER -> "Højere er bedre for denne andel: placering 1 ligger mest over det forventede.";
            case LOWER_IS_BETTER -> "Lavere er bedre for denne andel: placering 1 ligger mest under det forventede.";
        };
        return order + " Båndet er de placeringer, usikkerheden tillader: modellens usikkerhed og den tilfældige variation i "
                + "kommunens egen andel, trukket 2.000 gange (90 % af trækkene).";
    }

    /** R², adjusted R² and Q² in words a politician can use. */
    static String fitInWords(BenchmarkResult.Fit fit, int observations) {
        return "Rammevilkårene forklarer " + percent(fit.r2()) + " af forskellene mellem de " + observations
                + " kommuner (R² = " + DanishFormat.number(fit.r2(), 2) + "; " + DanishFormat.number(fit.r2Adjusted(), 2)
                + " når der tages højde for antallet af rammevilkår). Den ærlige prøve er at skjule hver kommunes eget "
                + "tal og forudsige det ud fra de andre: så rammer modellen " + percent(fit.q2())
                + " af forskellene (Q² = " + DanishFormat.number(fit.q2(), 2) + "). Resten skyldes både kommunernes "
                + "indsats og forhold, modellen ikke kender." + (fit.q2() < WEAK ? " For denne andel siger "
                + "rammevilkårene kun lidt, så det forventede niveau er et svagt pejlemærke." : "");
    }

    /** "Danmarks Statistik, BOL101 (2026), via am-dashboard-dk". */
    static String provenance(Condition c) {
        return c.provenance() + (c.compiledBy() == null || c.compiledBy().equals("Råderum") ? ""
                : ", via " + c.compiledBy());
    }

    /** The publishers of all conditions, for the figure captions. */
    static String publishers(List<Condition> conditions) {
        Set<String> names = new LinkedHashSet<>();
        conditions.forEach(c -> names.add(c.source()));
        return String.join("; ", names);
    }

    private String[] palette() {
        return direction == GoodDirection.NEUTRAL ? BELOW_TO_ABOVE : GOOD_TO_BAD;
    }

    private static int decimalsOf(double value) {
        return value >= 1 ? 1 : 2;
    }

    private static double round(double value) {
        return DanishFormat.rounded(value, decimalsOf(value));
    }

    private static String decimals(double value) {
        return DanishFormat.number(value, decimalsOf(value));
    }

    private static String percent(double share) {
        return DanishFormat.number(Math.max(0, share) * 100, 0) + " %";
    }
}
