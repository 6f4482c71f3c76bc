package dk.raaderum.economy.internal;

/**
 * A target group's budget against the year's expected cost: the gap in kroner (positive: the cost goes over the
 * budget) and how many full-time persons fewer on the benefit over the whole year would close it, at the year's
 * expected cost per full-time person ({@code cost / fullTimePersons}).
 */
record BudgetGap(double budgetDkk, double expectedDkk, double fullTimePersons) {

    double gapDkk() {
        return expectedDkk - budgetDkk;
    }

    /** NaN when the year has no full-time persons to price a person-year by. */
    double fullTimePersonsToClose() {
        if (!(fullTimePersons > 0) || !(expectedDkk > 0)) {
            return Double.NaN;
        }
        return gapDkk() / (expectedDkk / fullTimePersons);
    }
}
