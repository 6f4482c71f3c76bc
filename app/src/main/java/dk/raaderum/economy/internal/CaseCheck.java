package dk.raaderum.economy.internal;

import java.util.List;

import dk.raaderum.engine.CprShape;

/** Checks a business case before it is computed; every refusal names the field in Danish. */
final class CaseCheck {

    /** Checked: the input; or refused, with the field (the API's name) and a Danish message. */
    sealed interface Checked {
    }

    record Valid(CaseInput input) implements Checked {
    }

    record Refused(String field, String message) implements Checked {
    }

    static final int MAX_CITIZENS = 100_000;
    static final double MAX_DISCOUNT_RATE = 0.20;

    private CaseCheck() {
    }

    static Checked check(CaseDraft draft) {
        String title = draft.title() == null || draft.title().isBlank() ? "Investeringscase" : draft.title().strip();
        if (CprShape.containsCpr(title)) {
            return new Refused("title", "Titlen må ikke indeholde et CPR-nummer.");
        }
        if (title.length() > 200) {
            return new Refused("title", "Titlen må højst være 200 tegn.");
        }
        if (draft.group() == null || draft.group().isBlank()) {
            return new Refused("group", "Vælg en ydelsesgruppe (group), fx kontanthjaelp.");
        }
        if (Groups.index(draft.group()).isEmpty()) {
            return new Refused("group", "Ydelsesgruppen '" + CprShape.shown(draft.group())
                    + "' findes ikke. Brug en af: " + String.join(", ", Groups.slugs()) + ".");
        }
        if (!draft.inflow() && draft.citizens() == null) {
            return new Refused("citizens", "Angiv antal borgere (citizens) eller hele tilgangen (wholeInflow).");
        }
        if (!draft.inflow() && (draft.citizens() < 1 || draft.citizens() > MAX_CITIZENS)) {
            return new Refused("citizens", "Antal borgere skal være mellem 1 og "
                    + String.format("%,d", MAX_CITIZENS).replace(',', '.') + "; " + draft.citizens() + " kan ikke bruges.");
        }
        String money = money("costOneOffDkk", "Engangsudgiften", draft.costOneOffDkk());
        if (money == null) {
            money = money("costPerCitizenWeekDkk", "Udgiften pr. borger pr. uge", draft.costPerCitizenWeekDkk());
        }
        if (money != null) {
            return new Refused(money.substring(0, money.indexOf(':')), money.substring(money.indexOf(':') + 2));
        }
        CaseEffectCheck.Effect effect = CaseEffectCheck.check(draft);
        if (effect.refused() != null) {
            return effect.refused();
        }
        int years = draft.years() == null ? 4 : draft.years();
        if (years < 1 || years > 4) {
            return new Refused("years", "Antal år skal være 1, 2, 3 eller 4.");
        }
        double rate = draft.discountRate() == null ? CaseInput.DEFAULT_DISCOUNT_RATE : draft.discountRate();
        if (!(rate >= 0 && rate <= MAX_DISCOUNT_RATE)) {
            return new Refused("discountRate", "Diskonteringsrenten skal være mellem 0 og 0,20 (fx 0,035 for 3,5 %).");
        }
        return new Valid(new CaseInput(title, draft.group(), draft.inflow() ? 0 : draft.citizens(), draft.inflow(),
                orZero(draft.costOneOffDkk()), orZero(draft.costPerCitizenWeekDkk()), effect.effect(), effect.profile(),
                years, rate));
    }

    /** The group must have spells, and the effect must reach them ({@link CaseEffectCheck#fits}). */
    static Checked fits(CaseInput input, List<CaseSpell> spells) {
        if (spells.isEmpty()) {
            return new Refused("group", "Registret har ingen forløb på " + Groups.name(input.group())
                    + " i kommunen at regne casen på.");
        }
        Refused refused = CaseEffectCheck.fits(input, spells);
        return refused == null ? new Valid(input) : refused;
    }

    private static String money(String field, String label, Double value) {
        if (value == null) {
            return null;
        }
        if (!Double.isFinite(value) || value < 0) {
            return field + ": " + label + " skal være 0 kr. eller mere.";
        }
        if (value > 1e10) {
            return field + ": " + label + " er urimelig stor (over 10 mia. kr.).";
        }
        return null;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
