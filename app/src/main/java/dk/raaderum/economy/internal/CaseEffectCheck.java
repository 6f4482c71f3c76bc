package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

import dk.raaderum.platform.DanishFormat;

/** Checks a draft's effect and its time profile; every refusal names the API's field in Danish. */
final class CaseEffectCheck {

    static final int MAX_FROM_WEEK = 156;

    /** The effect and profile, or a refusal. */
    record Effect(CaseEffect effect, List<Double> profile, CaseCheck.Refused refused) {
    }

    private CaseEffectCheck() {
    }

    static Effect check(CaseDraft d) {
        CaseCheck.Refused refused = null;
        CaseEffect effect = null;
        if (d.effectExitRatePp() == null && d.effectFromWeek() == null) {
            int weeks = d.effectWeeksShorter() == null ? 0 : d.effectWeeksShorter();
            effect = new CaseEffect.Shorter(weeks);
            if (weeks < 0) {
                refused = new CaseCheck.Refused("effectWeeksShorter", "Effekten (uger kortere forløb) kan ikke være negativ.");
            }
        } else if (d.effectWeeksShorter() != null && d.effectWeeksShorter() != 0) {
            refused = new CaseCheck.Refused("effectExitRatePp", "Vælg én effekt: enten kortere forløb "
                    + "(effectWeeksShorter) eller en højere afgangsrate (effectExitRatePp fra effectFromWeek), ikke begge.");
        } else if (d.effectExitRatePp() == null) {
            refused = new CaseCheck.Refused("effectExitRatePp",
                    "Angiv hvor mange procentpoint højere afgangsraten bliver (effectExitRatePp).");
        } else if (!(d.effectExitRatePp() >= 0 && d.effectExitRatePp() <= 100)) {
            refused = new CaseCheck.Refused("effectExitRatePp", "Den højere afgangsrate skal være mellem 0 og 100 "
                    + "procentpoint; " + DanishFormat.number(d.effectExitRatePp(), 1) + " kan ikke bruges.");
        } else if (d.effectFromWeek() == null || d.effectFromWeek() < 1 || d.effectFromWeek() > MAX_FROM_WEEK) {
            refused = new CaseCheck.Refused("effectFromWeek", "Ugen, effekten virker fra (effectFromWeek), skal være "
                    + "mellem 1 og " + MAX_FROM_WEEK + " i forløbet" + (d.effectFromWeek() == null ? "."
                            : "; " + d.effectFromWeek() + " kan ikke bruges."));
        } else {
            effect = new CaseEffect.ExitRate(d.effectExitRatePp(), d.effectFromWeek());
        }
        List<Double> profile = new ArrayList<>(CaseInput.FULL_EFFECT);
        List<Double> given = d.effectProfilePercent() == null ? List.of() : d.effectProfilePercent();
        if (refused == null && given.size() > 4) {
            refused = new CaseCheck.Refused("effectProfilePercent", "Tidsprofilen har højst fire år (år 1-4).");
        }
        for (int i = 0; refused == null && i < given.size(); i++) {
            Double share = given.get(i);
            if (share == null || !(share >= 0 && share <= 100)) {
                refused = new CaseCheck.Refused("effectProfilePercent", "Andelen af den fulde effekt i år " + (i + 1)
                        + " skal være mellem 0 og 100 %.");
            } else {
                profile.set(i, share / 100);
            }
        }
        return new Effect(refused == null ? effect : null, profile, refused);
    }

    /** The effect must reach the spells: no longer than they last on average, or from a week some spell reaches. */
    static CaseCheck.Refused fits(CaseInput input, List<CaseSpell> spells) {
        String group = Groups.name(input.group());
        if (input.effect() instanceof CaseEffect.Shorter s) {
            double mean = spells.stream().mapToInt(CaseSpell::weeks).average().orElse(0);
            return s.weeks() <= mean ? null : new CaseCheck.Refused("effectWeeksShorter", "Effekten på " + s.weeks()
                    + " uger er længere end forløbene på " + group + ", som i registret varer "
                    + DanishFormat.number(mean, 1) + " uger i gennemsnit.");
        }
        CaseEffect.ExitRate e = (CaseEffect.ExitRate) input.effect();
        int longest = spells.stream().mapToInt(CaseSpell::weeks).max().orElse(0);
        return e.fromWeek() < longest ? null : new CaseCheck.Refused("effectFromWeek", "Intet forløb på " + group
                + " i registret varer længere end " + e.fromWeek() + " uger (det længste varer " + longest
                + "), så en højere afgangsrate fra uge " + e.fromWeek() + " ville ikke spare noget.");
    }
}
