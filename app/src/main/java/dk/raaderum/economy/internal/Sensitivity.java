package dk.raaderum.economy.internal;

import java.util.List;

import dk.raaderum.platform.DanishFormat;

/**
 * How the net present value of a case moves when one assumption changes and the rest stay: the effect at 50 % and
 * 150 %, each cost at 50 % and 150 %, and the discount rate at 0 % and twice the case's. The bars of a tornado chart.
 */
final class Sensitivity {

    record Swing(String label, double lowNpv, double highNpv) {
    }

    private Sensitivity() {
    }

    /**
     * {@code starts} as for {@link BusinessCases#compute(CaseInput, List, double[])}; {@code path} is the case's own
     * replay, which the cost and rate swings reuse: only the two effect swings replay the spells again.
     */
    static List<Swing> of(CaseInput in, List<CaseSpell> spells, double[] starts, CasePath path) {
        return List.of(
                new Swing("Effekt 50-150 %", npv(in.withEffect(in.effect().scaled(0.5)), spells, starts),
                        npv(in.withEffect(in.effect().scaled(1.5)), spells, starts)),
                new Swing("Engangsudgift 150-50 %", npv(costs(in, 1.5, 1), spells, starts, path),
                        npv(costs(in, 0.5, 1), spells, starts, path)),
                new Swing("Ugentlig udgift 150-50 %", npv(costs(in, 1, 1.5), spells, starts, path),
                        npv(costs(in, 1, 0.5), spells, starts, path)),
                new Swing("Rente " + percent(2 * in.discountRate()) + "-0 %",
                        npv(in.withRate(2 * in.discountRate()), spells, starts, path),
                        npv(in.withRate(0), spells, starts, path)));
    }

    private static double npv(CaseInput in, List<CaseSpell> spells, double[] starts) {
        return BusinessCases.compute(in, spells, starts).npvDkk();
    }

    private static double npv(CaseInput in, List<CaseSpell> spells, double[] starts, CasePath path) {
        return BusinessCases.compute(in, spells, starts, path).npvDkk();
    }

    private static CaseInput costs(CaseInput in, double oneOff, double weekly) {
        return in.withCosts(in.costOneOffDkk() * oneOff, in.costPerCitizenWeekDkk() * weekly);
    }

    private static String percent(double rate) {
        return DanishFormat.number(rate * 100, 1);
    }
}
