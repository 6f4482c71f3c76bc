package dk.raaderum.register;

/**
 * Receives a register's kept person-weeks (spec § 1: same-week rows resolved by priority), person by person and
 * each person's weeks in order. Person ids are not passed on: whoever reads weeks this way sees patterns, not
 * pseudonyms.
 */
public interface PersonWeeks {

    /** A new person begins; the weeks that follow are that person's. */
    void person();

    /**
     * One kept week.
     *
     * @param week         the ISO week's index ({@link dk.raaderum.engine.IsoWeek#index()})
     * @param municipality the municipality code of the week's row
     * @param benefit      the benefit's index in the default rules table
     * @param grossDkk     the week's gross amount, the rate table's when the row has none
     * @param count        the refusion ledger's count of covered weeks including this one (0 when not covered)
     * @param tier         the refusion tier 1–4 the ledger gave the week (0 when not covered)
     */
    void week(int week, int municipality, int benefit, double grossDkk, int count, int tier);

    /** Everything received so far is void: the register is read again from its first person (it was out of order). */
    void restart();
}
