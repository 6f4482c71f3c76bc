package dk.raaderum.economy.internal;

import java.util.List;

/** The API's JSON shapes, field names exactly as issue 12 states them. */
final class EconomyJson {

    private EconomyJson() {
    }

    /** One row; the figures are null when the group is hidden (fewer than 5 persons). */
    record ForecastRow(String group, String quarter, Double municipal_dkk, Double lower, Double upper,
            Double full_time_persons) {
    }

    record BackTestJson(String group, String origin, String last, Double forecast_dkk, Double naive_dkk, Double actual_dkk,
            Double forecast_error, Double naive_error) {
    }

    record ForecastJson(String asOf, List<ForecastRow> rows, List<BackTestJson> backtest, String source,
            boolean synthetic) {
    }

    record YearJson(int year, double saved_person_weeks, double municipal_savings_dkk, double state_savings_dkk,
            double cost_dkk, double net_dkk) {
    }

    /** {@code citizens}: those the case covers (for the whole inflow, the spells the register expects). */
    record CaseJson(Long id, List<YearJson> years, Integer payback_months, double npv_dkk, int spells,
            double mean_spell_weeks, double citizens, boolean whole_inflow, String effect, List<Double> effect_profile,
            String source, boolean synthetic) {

        CaseJson withId(long caseId) {
            return new CaseJson(caseId, years, payback_months, npv_dkk, spells, mean_spell_weeks, citizens,
                    whole_inflow, effect, effect_profile, source, synthetic);
        }
    }

    record MixJson(double current_weeks, double proposed_weeks, double weeks_shorter, boolean longer,
            ActivationMix.Effects effects, boolean effects_assumed, List<YearJson> years, String source,
            boolean synthetic) {
    }

    static MixJson mix(EconomyService.Mixed m) {
        ActivationMix.Scenario s = m.scenario();
        return new MixJson(s.currentWeeks(), s.proposedWeeks(), s.weeksShorter(), s.longer(), m.effects(), m.assumed(),
                years(s.result()), m.register().source(), m.register().synthetic());
    }

    private static List<YearJson> years(CaseResult r) {
        return r.years().stream().map(y -> new YearJson(y.year(), y.savedPersonWeeks(), y.municipalSavingsDkk(),
                y.stateSavingsDkk(), y.costDkk(), y.netDkk())).toList();
    }

    static ForecastJson forecast(EconomyService.Forecast f) {
        List<ForecastRow> rows = f.rows().stream().map(r -> f.hiddenGroups().contains(r.group())
                ? new ForecastRow(r.group(), r.quarter(), null, null, null, null)
                : new ForecastRow(r.group(), r.quarter(), r.municipalDkk(), r.lowerDkk(), r.upperDkk(),
                        r.fullTimePersons())).toList();
        List<BackTestJson> backtest = f.backTest().map(b -> b.hits().stream()
                .filter(h -> !f.hiddenGroups().contains(h.group()))
                .map(h -> new BackTestJson(h.group(), b.origin().toString(), b.last().toString(), h.forecastDkk(),
                        h.naiveDkk(), h.actualDkk(), h.forecastError(), h.naiveError()))
                .toList()).orElse(List.of());
        return new ForecastJson(f.asOf().toString(), rows, backtest, f.register().source(), f.register().synthetic());
    }

    static CaseJson businessCase(EconomyService.Computed c) {
        CaseResult r = c.result();
        CaseInput in = c.input();
        return new CaseJson(null, years(r), r.paybackMonths(), r.npvDkk(), r.spells(), r.meanSpellWeeks(), r.citizens(),
                in.wholeInflow(), in.effect().danish(), in.profile().subList(0, in.years()), c.register().source(),
                c.register().synthetic());
    }
}
