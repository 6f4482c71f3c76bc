package dk.raaderum.economy.internal;

/**
 * One person's kept weeks in the register, in week order, without the person's id.
 *
 * @param week  week indices ({@link dk.raaderum.engine.IsoWeek#index()}), increasing
 * @param benefit the benefit's index in the default rules table for each week
 * @param group the benefit group's index in {@link Groups} for each week
 * @param gross the week's gross amount in kroner
 * @param count the refusion ledger's count of covered weeks at the week (0 when the week is not covered)
 * @param here  whether the week's row belongs to the municipality the histories were read for
 */
record PersonHistory(int[] week, int[] benefit, int[] group, double[] gross, int[] count, boolean[] here) {

    int size() {
        return week.length;
    }

    /** Whether the week at {@code i} continues a spell on the same group in the municipality from the week before. */
    boolean continues(int i) {
        return i > 0 && here[i] && here[i - 1] && week[i - 1] == week[i] - 1 && group[i - 1] == group[i];
    }

    /** Whether the person is on the same group in the municipality the week after the week at {@code i}. */
    boolean staysAfter(int i) {
        return i + 1 < week.length && continues(i + 1);
    }
}
