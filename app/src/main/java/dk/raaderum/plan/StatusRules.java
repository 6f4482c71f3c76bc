package dk.raaderum.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import dk.raaderum.platform.DanishFormat;

/**
 * How a goal's status follows from its data, in this order:
 * <ol>
 * <li>no value at all, or the newest is more than {@link #STALE_AFTER_MONTHS} months old: ingen data;</li>
 * <li>the deadline has data: på sporet if that value meets the target, otherwise ikke på sporet;</li>
 * <li>the newest value already meets the target: på sporet;</li>
 * <li>too few values for a forecast: i risiko (not met, and nothing says it will be);</li>
 * <li>the whole forecast interval meets the target: på sporet; the forecast or the better end of its interval
 * does: i risiko; neither does: ikke på sporet.</li>
 * </ol>
 */
public final class StatusRules {

    public static final int STALE_AFTER_MONTHS = 12;

    private StatusRules() {
    }

    /** Assesses the goal on the data known in month {@code asOf} (later values are ignored). */
    public static Assessment assess(GoalTerms goal, List<MonthlyValue> series, YearMonth asOf) {
        List<MonthlyValue> known = series.stream()
                .filter(v -> v.value() != null && !v.month().isAfter(asOf)).toList();
        if (known.isEmpty()) {
            return new Assessment(GoalStatus.INGEN_DATA, null, null,
                    "Der er ingen tal for indikatoren, så målet kan ikke følges op.");
        }
        MonthlyValue latest = known.get(known.size() - 1);
        if (latest.month().isBefore(asOf.minusMonths(STALE_AFTER_MONTHS))) {
            return new Assessment(GoalStatus.INGEN_DATA, latest, null, "Det nyeste tal er fra "
                    + month(latest.month()) + ", mere end et år gammelt, så målets status kan ikke vurderes.");
        }
        Optional<MonthlyValue> atDeadline = known.stream().filter(v -> v.month().equals(goal.deadline())).findFirst();
        if (atDeadline.isPresent()) {
            double value = atDeadline.get().value();
            return goal.direction().meets(value, goal.target())
                    ? new Assessment(GoalStatus.PAA_SPOR, latest, null, end("Målet blev nået: " + figure(goal, value)
                            + " i " + month(goal.deadline()) + " mod målet " + figure(goal, goal.target())))
                    : new Assessment(GoalStatus.IKKE_PAA_SPOR, latest, null, end("Målet blev ikke nået: "
                            + figure(goal, value) + " i " + month(goal.deadline()) + " mod målet "
                            + figure(goal, goal.target())));
        }
        String now = "Det nyeste tal er " + figure(goal, latest.value()) + " (" + month(latest.month()) + ")";
        if (goal.direction().meets(latest.value(), goal.target())) {
            return new Assessment(GoalStatus.PAA_SPOR, latest, null,
                    end(now + " og opfylder allerede målet på " + figure(goal, goal.target())));
        }
        Optional<Forecast> forecast = Forecaster.forecast(known, goal.deadline());
        if (forecast.isEmpty()) {
            return new Assessment(GoalStatus.I_RISIKO, latest, null, end(now + " og når endnu ikke målet på "
                    + figure(goal, goal.target())) + " Der er for få måneder med tal til en prognose.");
        }
        Forecast f = forecast.get();
        double worse = goal.direction() == Direction.OP ? f.lower() : f.upper();
        double better = goal.direction() == Direction.OP ? f.upper() : f.lower();
        String expectation = now + ". Udviklingen" + (f.seasonal() ? " med sæsonudsving" : "") + " peger på "
                + figure(goal, f.value()) + " i " + month(goal.deadline()) + " (med " + percent(Forecaster.LEVEL)
                + " sandsynlighed mellem " + figure(goal, f.lower()) + " og " + figure(goal, f.upper()) + "); målet er "
                + end(figure(goal, goal.target()));
        if (goal.direction().meets(worse, goal.target())) {
            return new Assessment(GoalStatus.PAA_SPOR, latest, f, expectation + " Hele intervallet når målet.");
        }
        if (goal.direction().meets(f.value(), goal.target())) {
            return new Assessment(GoalStatus.I_RISIKO, latest, f,
                    expectation + " Prognosen når målet, men den usikre ende af intervallet gør ikke.");
        }
        if (goal.direction().meets(better, goal.target())) {
            return new Assessment(GoalStatus.I_RISIKO, latest, f,
                    expectation + " Prognosen når ikke målet, men det ligger inden for intervallet.");
        }
        return new Assessment(GoalStatus.IKKE_PAA_SPOR, latest, f,
                expectation + " Hele intervallet ligger uden for målet.");
    }

    private static String figure(GoalTerms goal, double value) {
        return DanishFormat.number(value, goal.decimals()) + " " + goal.unit();
    }

    /** Ends a sentence with a full stop, unless it already ends with one (as "pct." does). */
    private static String end(String sentence) {
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    private static String month(YearMonth month) {
        return DanishFormat.month(month.atDay(1));
    }

    private static String percent(double level) {
        return DanishFormat.number(level * 100, 0) + " %";
    }
}
