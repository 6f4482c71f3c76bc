package dk.raaderum.economy.internal;

import java.util.List;

/**
 * How the net present value of a case moves when one assumption changes and the rest stay: the effect at 50 % and
 * 150 %, each cost at 50 % and 150 %, and the discount rate at 0 % and twice the case's. The bars of a tornado chart.
 */
final class Sensitivity {

    record Swing(String label, double lowNpv, double highNpv) {
    }

    private Sensitivity() {
    }

    static List<Swing> of(CaseInput in, List<CaseSpell> spells) {
        return List.of(
                new Swing("Effekt 50-150 %", npv(in.withEffect(half(in.effectWeeksShorter())), spells),
                        npv(in.withEffect((int) Math.round(in.effectWeeksShorter() * 1.5)), spells)),
                new Swing("Engangsudgift 150-50 %", npv(costs(in, 1.5, 1), spells), npv(costs(in, 0.5, 1), spells)),
                new Swing("Ugentlig udgift 150-50 %", npv(costs(in, 1, 1.5), spells), npv(costs(in, 1, 0.5), spells)),
                new Swing("Rente " + percent(2 * in.discountRate()) + "-0 %", npv(rate(in, 2 * in.discountRate()), spells),
                        npv(rate(in, 0), spells)));
    }

    /** Half the effect, rounded to whole weeks (Math.round: half of 1 week is 1). */
    static int half(int weeks) {
        return (int) Math.round(weeks * 0.5);
    }

    private static double npv(CaseInput in, List<CaseSpell> spells) {
        return BusinessCases.compute(in, spells).npvDkk();
    }

    private static CaseInput costs(CaseInput in, double oneOff, double weekly) {
        return new CaseInput(in.title(), in.group(), in.citizens(), in.costOneOffDkk() * oneOff,
                in.costPerCitizenWeekDkk() * weekly, in.effectWeeksShorter(), in.years(), in.discountRate());
    }

    private static CaseInput rate(CaseInput in, double rate) {
        return new CaseInput(in.title(), in.group(), in.citizens(), in.costOneOffDkk(), in.costPerCitizenWeekDkk(),
                in.effectWeeksShorter(), in.years(), rate);
    }

    private static String percent(double rate) {
        return dk.raaderum.platform.DanishFormat.number(rate * 100, 1);
    }
}
