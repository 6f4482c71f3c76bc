package dk.raaderum.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseEffectsTest {

    private static final int K = Spells.KONTANTHJAELP;

    private static CaseInput exitRate(int citizens, double perWeek, double pp, int fromWeek, int years) {
        return new CaseInput("Test", "kontanthjaelp", citizens, false, 0, perWeek, new CaseEffect.ExitRate(pp, fromWeek),
                CaseInput.FULL_EFFECT, years, 0.035);
    }

    private static List<CaseSpell> oneSpell(int weeks) {
        Histories h = new Histories(List.of(new Spells().run(K, 100, weeks, 1000).person()), 90, 400, 1);
        return CaseSpell.starting(h, K, 100, 100);
    }

    @Test
    void a_higher_exit_rate_saves_the_weeks_a_hand_worked_survival_gives() {
        // One 30-week spell, 50 pp more leave each week from week 28: week 28 is paid, week 29 with chance 0.5,
        // week 30 with 0.25. Saved: 0.5 + 0.75 = 1.25 weeks, both at counts 29-30 (tier 27-52 weeks: 70 %
        // municipal of 1,000): 875 municipal, 375 state. On the spell with the effect: 30 - 1.25 = 28.75 weeks at
        // 100 kr.: 2,875.
        CaseResult r = BusinessCases.compute(exitRate(1, 100, 50, 28, 1), oneSpell(30));
        CaseResult.Year y = r.years().get(0);
        assertThat(y.savedPersonWeeks()).isCloseTo(1.25, within(1e-9));
        assertThat(y.municipalSavingsDkk()).isCloseTo(875, within(1e-9));
        assertThat(y.stateSavingsDkk()).isCloseTo(375, within(1e-9));
        assertThat(y.costDkk()).isCloseTo(2875, within(1e-9));
        assertThat(r.savedWeeksByTier()[3]).isCloseTo(1.25, within(1e-9));
    }

    @Test
    void the_chances_of_how_many_weeks_an_exit_rate_removes_sum_to_one_and_spare_a_short_spell() {
        double[] chances = new CaseEffect.ExitRate(20, 3).removed(5);
        // last paid week 3: 0.2 (2 removed); 4: 0.8 x 0.2 = 0.16 (1 removed); all 5: 0.64
        assertThat(chances).containsExactly(new double[] {0.64, 0.16, 0.2, 0, 0, 0}, within(1e-12));
        assertThat(new CaseEffect.ExitRate(20, 5).removed(5)).containsExactly(1, 0, 0, 0, 0, 0);
    }

    @Test
    void a_zero_exit_rate_effect_saves_nothing() {
        CaseResult r = BusinessCases.compute(exitRate(20, 50, 0, 4, 4), oneSpell(60));
        for (CaseResult.Year y : r.years()) {
            assertThat(y.municipalSavingsDkk()).isZero();
            assertThat(y.stateSavingsDkk()).isZero();
            assertThat(y.savedPersonWeeks()).isZero();
        }
        assertThat(r.paybackMonths()).isNull();
    }

    @Test
    void a_larger_exit_rate_effect_never_saves_less_on_random_histories() {
        List<PersonHistory> persons = Spells.random(7, 30, 3, 60);
        List<CaseSpell> spells = CaseSpell.starting(new Histories(persons, 90, 1000, 1), K, 100, 104);
        assertThat(spells).isNotEmpty();
        double previous = -1;
        for (int pp = 0; pp <= 100; pp += 5) {
            CaseResult r = BusinessCases.compute(exitRate(10, 0, pp, 6, 4), spells);
            assertThat(r.municipalSavings()).as("%d pp", pp).isGreaterThanOrEqualTo(previous - 1e-6);
            previous = r.municipalSavings();
        }
        assertThat(previous).isPositive();
    }

    @Test
    void the_time_profile_scales_each_years_savings_by_its_share_of_the_full_effect() {
        // One 60-week spell, 8 weeks shorter: weeks 53-60 go, all in year 2 at 80 % of 1,000 = 6,400 municipal,
        // 1,600 state. At 50 % in year 2: 3,200 and 800. Weekly cost 10: year 1 has 52 weeks on the spell (520);
        // year 2 has 8 weeks less half the 8 removed: 4 weeks (40).
        CaseInput in = new CaseInput("Test", "kontanthjaelp", 1, false, 0, 10, new CaseEffect.Shorter(8),
                List.of(1.0, 0.5), 2, 0.035);
        CaseResult r = BusinessCases.compute(in, oneSpell(60));
        assertThat(r.years().get(0).costDkk()).isCloseTo(520, within(1e-9));
        assertThat(r.years().get(1).municipalSavingsDkk()).isCloseTo(3200, within(1e-9));
        assertThat(r.years().get(1).stateSavingsDkk()).isCloseTo(800, within(1e-9));
        assertThat(r.years().get(1).costDkk()).isCloseTo(40, within(1e-9));
    }

    @Test
    void the_whole_inflow_spreads_the_spells_over_the_year_and_late_starters_save_only_inside_it() {
        // 2 spells of 10 weeks start every week of a one-year case; 4 weeks shorter removes their weeks 7-10
        // (60 % of 1,000). A spell starting in week s (0-based) loses weeks s+6 to s+9: all four inside the year
        // for s <= 42, then 3, 2, 1 for s = 43, 44, 45. Per start 43 x 4 + 6 = 178 weeks; x 2 = 356 weeks,
        // 213,600 municipal, 142,400 state; 104 citizens.
        double[] starts = new double[52];
        java.util.Arrays.fill(starts, 2);
        CaseInput in = new CaseInput("Test", "kontanthjaelp", 0, true, 0, 0, new CaseEffect.Shorter(4),
                CaseInput.FULL_EFFECT, 1, 0.035);
        CaseResult r = BusinessCases.compute(in, oneSpell(10), starts);
        assertThat(r.years().get(0).savedPersonWeeks()).isCloseTo(356, within(1e-9));
        assertThat(r.years().get(0).municipalSavingsDkk()).isCloseTo(213_600, within(1e-6));
        assertThat(r.years().get(0).stateSavingsDkk()).isCloseTo(142_400, within(1e-6));
        assertThat(r.citizens()).isEqualTo(104);
    }

    @Test
    void the_whole_inflow_comes_from_the_registers_own_new_spells_times_its_weight() {
        // One new one-week spell in every week of the register's last two years: one a week in every month; with
        // weight 2 each register person stands for 2, so a one-year case covers 52 x 2 = 104 spells.
        int last = 400;
        List<PersonHistory> persons = new ArrayList<>();
        for (int w = last - 103; w <= last; w++) {
            persons.add(new Spells().run(K, w, 1, 1000).person());
        }
        Histories h = new Histories(persons, 200, last, 2);
        CaseInput in = new CaseInput("Test", "kontanthjaelp", 0, true, 0, 0, new CaseEffect.Shorter(1),
                CaseInput.FULL_EFFECT, 1, 0.035);
        double[] starts = CaseStarts.of(in, h);
        assertThat(starts).hasSize(52).containsOnly(2.0);
    }
}
