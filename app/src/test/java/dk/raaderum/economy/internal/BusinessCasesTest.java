package dk.raaderum.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class BusinessCasesTest {

    private static final int K = Spells.KONTANTHJAELP;

    private static CaseInput input(int citizens, double oneOff, double perWeek, int effect, int years, double rate) {
        return new CaseInput("Test", "kontanthjaelp", citizens, oneOff, perWeek, effect, years, rate);
    }

    /** Person A: 30 weeks from week 100. Person B: 10 weeks from 100, five weeks off, 10 weeks from 115. */
    private static List<CaseSpell> twoPersons() {
        Histories h = new Histories(List.of(new Spells().run(K, 100, 30, 1000).person(),
                new Spells().run(K, 100, 10, 1000).run(K, 115, 10, 1000).person()), 90, 200, 1);
        return CaseSpell.starting(h, K, 100, 100);
    }

    @Test
    void the_hand_worked_case_saves_what_the_refusion_staircase_gives_by_hand() {
        // A, 8 weeks shorter: counts 23-26 at 60 % (4 x 600) and 27-30 at 70 % (4 x 700) = 5,200 municipal;
        //    state 4 x 400 + 4 x 300 = 2,800.
        // B, 8 weeks shorter: counts 3-4 at 20 % (2 x 200) and 5-10 at 60 % (6 x 600) = 4,000 municipal; state
        //    2 x 800 + 6 x 400 = 4,000. B's later spell (5 weeks off do not restart the count) then starts at count 3
        //    instead of 11: its first two weeks fall to 20 % from 60 %, 2 x 400 = 800 more saved for the municipality
        //    and 800 more paid by the state.
        // Per citizen: (5,200 + 4,800) / 2 = 5,000 municipal, (2,800 + 3,200) / 2 = 3,000 state, 8 weeks.
        // 10 citizens: 50,000 municipal, 30,000 state, 80 weeks. Cost: 20,000 once + 100 a week on the shortened
        // spell: (22 + 2) / 2 = 12 weeks per citizen, 10 x 12 x 100 = 12,000. Net in year 1: 50,000 - 32,000.
        List<CaseSpell> spells = twoPersons();
        assertThat(spells).hasSize(2);
        CaseResult r = BusinessCases.compute(input(10, 20_000, 100, 8, 2, 0.035), spells);
        CaseResult.Year first = r.years().get(0);
        assertThat(first.municipalSavingsDkk()).isCloseTo(50_000, within(1e-6));
        assertThat(first.stateSavingsDkk()).isCloseTo(30_000, within(1e-6));
        assertThat(first.savedPersonWeeks()).isCloseTo(80, within(1e-9));
        assertThat(first.costDkk()).isCloseTo(32_000, within(1e-6));
        assertThat(first.netDkk()).isCloseTo(18_000, within(1e-6));
        assertThat(r.years().get(1).municipalSavingsDkk()).isZero();
        // saved weeks by tier, per 10 citizens: A 4 in tier 2, 4 in tier 3; B 2 in tier 1, 6 in tier 2
        assertThat(r.savedWeeksByTier()).containsExactly(0, 10, 50, 20, 0);
        assertThat(r.npvDkk()).isCloseTo(18_000, within(1e-6));
        assertThat(r.meanSpellWeeks()).isEqualTo(20);
    }

    @Test
    void payback_and_net_present_value_match_a_calculation_by_hand() {
        // One 60-week spell; 8 weeks shorter removes weeks 53-60 after the start, all in tier 4 (80 % of 1,000):
        // 6,400 saved in year 2. One citizen, 1,000 once. Year 1: net -1,000; year 2: net 6,400.
        // NPV at 10 %: -1,000 + 6,400 / 1.1 = 4,818.18. Cumulative: -1,000 until week index 52 (-200), then
        // +600 at week index 53, the 54th week: 54 x 12 / 52 = 12.46 -> month 13.
        Histories h = new Histories(List.of(new Spells().run(K, 100, 60, 1000).person()), 90, 300, 1);
        CaseResult r = BusinessCases.compute(input(1, 1000, 0, 8, 2, 0.10), CaseSpell.starting(h, K, 100, 100));
        assertThat(r.years().get(0).netDkk()).isCloseTo(-1000, within(1e-9));
        assertThat(r.years().get(1).netDkk()).isCloseTo(6400, within(1e-9));
        assertThat(r.npvDkk()).isCloseTo(-1000 + 6400 / 1.1, within(1e-6));
        assertThat(r.paybackMonths()).isEqualTo(13);
    }

    @Test
    void a_case_with_zero_effect_saves_nothing_and_never_pays_back() {
        CaseResult r = BusinessCases.compute(input(50, 500_000, 10, 0, 4, 0.035), twoPersons());
        for (CaseResult.Year y : r.years()) {
            assertThat(y.municipalSavingsDkk()).isZero();
            assertThat(y.stateSavingsDkk()).isZero();
            assertThat(y.savedPersonWeeks()).isZero();
        }
        assertThat(r.paybackMonths()).isNull();
        assertThat(r.net()).isNegative();
    }

    @Test
    void a_larger_effect_never_saves_less_on_random_histories() {
        List<PersonHistory> persons = Spells.random(12, 40, 4, 80);
        Histories h = new Histories(persons, 90, 1000, 1);
        List<CaseSpell> spells = CaseSpell.starting(h, K, 100, 104);
        assertThat(spells).isNotEmpty();
        double previous = -1;
        double previousNet = Double.NEGATIVE_INFINITY;
        for (int effect = 0; effect <= 60; effect++) {
            CaseResult r = BusinessCases.compute(input(10, 0, 50, effect, 4, 0.035), spells);
            assertThat(r.municipalSavings()).as("effect %d", effect).isGreaterThanOrEqualTo(previous - 1e-6);
            assertThat(r.net()).as("effect %d", effect).isGreaterThanOrEqualTo(previousNet - 1e-6);
            previous = r.municipalSavings();
            previousNet = r.net();
        }
        assertThat(previous).isPositive();
    }
}
