package dk.raaderum.register.internal;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dk.raaderum.engine.BenefitRule;
import dk.raaderum.engine.CprShape;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RulesTable;

/** The checks of spec § 1 for one input row, with the field and a Danish message for the first that fails. */
final class RowCheck {

    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3}");

    record Problem(String field, String message) {
    }

    private final RulesTable rules;
    private final RateTable rates;
    private final Set<Integer> municipalities;

    RowCheck(RulesTable rules, RateTable rates, Set<Integer> municipalities) {
        this.rules = rules;
        this.rates = rates;
        this.municipalities = municipalities;
    }

    Optional<Problem> check(String person, String week, String municipality, String benefit, String amount) {
        if (person == null || person.isEmpty() || person.length() > 64) {
            return problem("person_id", "et pseudonym skal være 1-64 tegn");
        }
        if (CprShape.containsCpr(person)) {
            return problem("person_id", "'" + CprShape.mask(person) + "' ligner et CPR-nummer; filen afvises. "
                    + "Pseudonymisér registret, før det indlæses");
        }
        IsoWeek parsed;
        try {
            parsed = IsoWeek.parse(week);
        } catch (IllegalArgumentException e) {
            return problem("week", CprShape.shown(e.getMessage()));
        }
        String code = municipality == null ? "" : municipality.trim();
        if (!MUNICIPALITY.matcher(code).matches() || !municipalities.contains(Integer.parseInt(code))) {
            return problem("municipality", "'" + CprShape.shown(municipality) + "' er ikke en af de 98 kommunekoder");
        }
        Optional<BenefitRule> rule = rules.find(benefit == null ? "" : benefit.trim());
        if (rule.isEmpty()) {
            return problem("benefit", "'" + CprShape.shown(benefit) + "' er ikke en ydelseskode i regeltabellen");
        }
        if (amount == null || amount.isBlank()) {
            if (rates.weekly(rule.get().code(), parsed.year()).isEmpty()) {
                return problem("amount", "intet beløb, og satstabellen har ingen sats for " + rule.get().code()
                        + " i " + parsed.year());
            }
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(amount.trim());
            if (value < 0 || !Double.isFinite(value)) {
                return problem("amount", "beløbet '" + CprShape.shown(amount) + "' må ikke være negativt");
            }
        } catch (NumberFormatException e) {
            return problem("amount", "'" + CprShape.shown(amount) + "' er ikke et beløb (brug punktum som decimaltegn)");
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String field, String message) {
        return Optional.of(new Problem(field, message));
    }
}
