package dk.raaderum.economy.internal;

/**
 * A proposed investment in a benefit group: {@code citizens} citizens starting a spell get an effort costing
 * {@code costOneOffDkk} at the start and {@code costPerCitizenWeekDkk} per citizen per week on the benefit, expected
 * to end each spell {@code effectWeeksShorter} weeks sooner; followed for {@code years} years, discounted at
 * {@code discountRate} a year.
 */
record CaseInput(String title, String group, int citizens, double costOneOffDkk, double costPerCitizenWeekDkk,
        int effectWeeksShorter, int years, double discountRate) {

    static final double DEFAULT_DISCOUNT_RATE = 0.035;

    CaseInput withEffect(int weeks) {
        return new CaseInput(title, group, citizens, costOneOffDkk, costPerCitizenWeekDkk, weeks, years, discountRate);
    }
}
