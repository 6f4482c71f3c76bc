package dk.raaderum.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CaseEffectCheckTest {

    private static CaseCheck.Checked check(Double pp, Integer week, Integer shorter, List<Double> profile) {
        return CaseCheck.check(new CaseDraft("T", "kontanthjaelp", 10, 0.0, 0.0, shorter, 4, null, pp, week, profile,
                null));
    }

    private static String message(CaseCheck.Checked c) {
        assertThat(c).isInstanceOf(CaseCheck.Refused.class);
        return ((CaseCheck.Refused) c).field() + ": " + ((CaseCheck.Refused) c).message();
    }

    @Test
    void a_negative_or_too_large_exit_rate_is_refused_in_danish_naming_the_field() {
        assertThat(message(check(-2.0, 10, null, null)))
                .isEqualTo("effectExitRatePp: Den højere afgangsrate skal være mellem 0 og 100 procentpoint; -2,0 kan ikke bruges.");
        assertThat(message(check(120.0, 10, null, null))).startsWith("effectExitRatePp: Den højere afgangsrate");
    }

    @Test
    void a_week_out_of_range_or_missing_is_refused() {
        assertThat(message(check(5.0, 0, null, null))).startsWith("effectFromWeek: Ugen, effekten virker fra")
                .contains("mellem 1 og 156").contains("0 kan ikke bruges");
        assertThat(message(check(5.0, 157, null, null))).contains("157 kan ikke bruges");
        assertThat(message(check(5.0, null, null, null))).startsWith("effectFromWeek:");
    }

    @Test
    void both_effects_at_once_are_refused_and_a_bad_profile_names_its_year() {
        assertThat(message(check(5.0, 10, 8, null))).contains("Vælg én effekt");
        assertThat(message(check(null, null, 8, List.of(100.0, 140.0))))
                .isEqualTo("effectProfilePercent: Andelen af den fulde effekt i år 2 skal være mellem 0 og 100 %.");
    }

    @Test
    void a_valid_exit_rate_with_a_profile_becomes_the_input() {
        CaseCheck.Checked c = check(5.0, 13, null, List.of(50.0, 100.0));
        CaseInput in = ((CaseCheck.Valid) c).input();
        assertThat(in.effect()).isEqualTo(new CaseEffect.ExitRate(5, 13));
        assertThat(in.profile()).containsExactly(0.5, 1.0, 1.0, 1.0);
    }

    @Test
    void an_exit_rate_from_a_week_no_spell_reaches_is_refused() {
        Histories h = new Histories(List.of(new Spells().run(Spells.KONTANTHJAELP, 100, 20, 1000).person()), 90, 300, 1);
        List<CaseSpell> spells = CaseSpell.starting(h, Spells.KONTANTHJAELP, 100, 100);
        CaseInput in = ((CaseCheck.Valid) check(5.0, 20, null, null)).input();
        assertThat(message(CaseCheck.fits(in, spells))).startsWith("effectFromWeek: Intet forløb på Kontanthjælp")
                .contains("det længste varer 20");
    }
}
