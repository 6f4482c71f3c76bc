package dk.raaderum.economy.internal;

import java.util.List;

/**
 * A proposed investment in a benefit group: {@code citizens} citizens starting a spell (or, with {@code wholeInflow},
 * every spell the register's own inflow expects in the case's years) get an effort costing {@code costOneOffDkk} at
 * the start and {@code costPerCitizenWeekDkk} per citizen per week on the benefit, with the expected {@code effect};
 * {@code profile} is the share of the full effect reached in year 1, 2, … (the effect phasing in); followed for
 * {@code years} years, discounted at {@code discountRate} a year.
 */
record CaseInput(String title, String group, int citizens, boolean wholeInflow, double costOneOffDkk,
        double costPerCitizenWeekDkk, CaseEffect effect, List<Double> profile, int years, double discountRate) {

    static final double DEFAULT_DISCOUNT_RATE = 0.035;
    static final List<Double> FULL_EFFECT = List.of(1.0, 1.0, 1.0, 1.0);

    CaseInput {
        profile = List.copyOf(profile);
    }

    /** The original shape: citizens, spells shorter by weeks, the full effect from the start. */
    CaseInput(String title, String group, int citizens, double costOneOffDkk, double costPerCitizenWeekDkk,
            int effectWeeksShorter, int years, double discountRate) {
        this(title, group, citizens, false, costOneOffDkk, costPerCitizenWeekDkk,
                new CaseEffect.Shorter(effectWeeksShorter), FULL_EFFECT, years, discountRate);
    }

    CaseInput withEffect(CaseEffect changed) {
        return new CaseInput(title, group, citizens, wholeInflow, costOneOffDkk, costPerCitizenWeekDkk, changed, profile,
                years, discountRate);
    }

    CaseInput withCosts(double oneOff, double perWeek) {
        return new CaseInput(title, group, citizens, wholeInflow, oneOff, perWeek, effect, profile, years, discountRate);
    }

    CaseInput withRate(double rate) {
        return new CaseInput(title, group, citizens, wholeInflow, costOneOffDkk, costPerCitizenWeekDkk, effect, profile,
                years, rate);
    }

    /** The share of the full effect in year {@code year} (1-based); 100 % beyond the profile. */
    double share(int year) {
        return year <= profile.size() ? profile.get(year - 1) : 1;
    }
}
