package dk.raaderum.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ActivationMixTest {

    private static final int K = Spells.KONTANTHJAELP;

    @Test
    void the_mixs_effect_is_the_shares_weighted_sum_of_the_assumed_weeks() {
        // 40 % company (6 weeks), 20 % education (0), 30 % projects (1), 10 % nytte (1): 2.4 + 0 + 0.3 + 0.1 = 2.8
        assertThat(ActivationMix.weeks(new ActivationMix.Mix(40, 20, 30, 10), ActivationMix.Effects.ASSUMED))
                .isCloseTo(2.8, within(1e-12));
    }

    @Test
    void moving_ten_points_from_education_to_company_shortens_a_30_week_spell_by_0_6_weeks_priced_by_hand() {
        // 10 points more company-based (6 weeks) instead of education (0): 0.1 x 6 = 0.6 weeks shorter.
        // One 30-week spell at 1,000 kr.: 1 week shorter saves count 30 at 70 % = 700; 0 weeks saves 0.
        // 0.6 weeks: 0.6 x 700 = 420 per citizen; 10 citizens 4,200.
        Histories h = new Histories(List.of(new Spells().run(K, 100, 30, 1000).person()), 90, 300, 1);
        List<CaseSpell> spells = CaseSpell.starting(h, K, 100, 100);
        ActivationMix.Scenario s = ActivationMix.of("kontanthjaelp", new ActivationMix.Mix(30, 30, 30, 10),
                new ActivationMix.Mix(40, 20, 30, 10), ActivationMix.Effects.ASSUMED, 10, 1, spells);
        assertThat(s.weeksShorter()).isCloseTo(0.6, within(1e-12));
        assertThat(s.result().years().get(0).municipalSavingsDkk()).isCloseTo(4200, within(1e-6));
        assertThat(s.longer()).isFalse();
    }

    @Test
    void a_mix_with_less_effect_is_flagged_and_saves_nothing() {
        Histories h = new Histories(List.of(new Spells().run(K, 100, 30, 1000).person()), 90, 300, 1);
        ActivationMix.Scenario s = ActivationMix.of("kontanthjaelp", new ActivationMix.Mix(60, 0, 30, 10),
                new ActivationMix.Mix(20, 40, 30, 10), ActivationMix.Effects.ASSUMED, 10, 1,
                CaseSpell.starting(h, K, 100, 100));
        assertThat(s.longer()).isTrue();
        assertThat(s.result().years().get(0).municipalSavingsDkk()).isZero();
    }
}
