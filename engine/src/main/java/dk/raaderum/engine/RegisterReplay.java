package dk.raaderum.engine;

/**
 * Replays a register's rows through the refusion ledger: same-week collisions are resolved (spec § 1), each
 * kept week gets its count and tier from {@link PersonLedger}, and is booked in the {@link RegisterAggregator}
 * and, when given, a {@link GroupAccumulator} and a {@link KeptWeeks} listener (the detail file).
 *
 * <p>Feed each person's rows with {@link #add} in week order, calling {@link #startPerson()} before each
 * person and {@link #finish()} after the last. Rows of the same week may come in any order: of those, the row
 * whose benefit has the highest priority (lowest number) is kept, then the lowest municipality code, then the
 * lowest weekly amount, then the benefit that comes first in the rules table, so the result never depends on
 * the order of the rows. The DuckDB path and the Spark job both use this class.
 */
public final class RegisterReplay {

    /** Receives every kept week, with the week's gross amount (the rate applied), count and tier. */
    public interface KeptWeeks {
        void kept(int week, int municipality, int benefit, double amount, int count, int tier);
    }

    private static final int NONE = Integer.MIN_VALUE;

    private final RegisterAggregator aggregator;
    private final GroupAccumulator groups;
    private final KeptWeeks listener;
    private final PersonLedger ledger = new PersonLedger();
    private final int firstWeek;
    private final boolean[] covered;
    private final int[] priority;
    private final double[][] weeklyRate;   // [benefit][week - firstWeek], NaN without a rate

    private int week = NONE;
    private int municipality;
    private int benefit;
    private double amount;

    private long persons;
    private long kept;
    private long dropped;

    /** {@code groups} and {@code listener} may be null. */
    public RegisterReplay(RulesTable rules, RateTable rates, int firstWeek, int lastWeek,
            RegisterAggregator aggregator, GroupAccumulator groups, KeptWeeks listener) {
        this.aggregator = aggregator;
        this.groups = groups;
        this.listener = listener;
        this.firstWeek = firstWeek;
        int benefits = rules.size();
        covered = new boolean[benefits];
        priority = new int[benefits];
        weeklyRate = new double[benefits][lastWeek - firstWeek + 1];
        for (BenefitRule rule : rules.all()) {
            covered[rule.index()] = rule.scheme().covered();
            priority[rule.index()] = rule.priority();
            for (int w = firstWeek; w <= lastWeek; w++) {
                weeklyRate[rule.index()][w - firstWeek] = rates.weekly(rule.code(), IsoWeek.ofIndex(w).year())
                        .orElse(Double.NaN);
            }
        }
    }

    public void startPerson() {
        flush();
        ledger.startPerson();
        if (groups != null) {
            groups.startPerson();
        }
        persons++;
    }

    /**
     * One row of the current person. {@code amount} is the row's gross weekly amount, or NaN when the rate
     * table prices it. Weeks must not decrease within a person.
     */
    public void add(int week, int municipality, int benefit, double amount) {
        if (week == this.week) {
            dropped++;
            if (!wins(municipality, benefit, amount)) {
                return;
            }
        } else {
            if (week < this.week) {
                throw new IllegalArgumentException("weeks must come in order within a person");
            }
            flush();
        }
        this.week = week;
        this.municipality = municipality;
        this.benefit = benefit;
        this.amount = amount;
    }

    /** Whether a row of the pending row's week should replace it. */
    private boolean wins(int otherMunicipality, int otherBenefit, double otherAmount) {
        if (priority[otherBenefit] != priority[benefit]) {
            return priority[otherBenefit] < priority[benefit];
        }
        if (otherMunicipality != municipality) {
            return otherMunicipality < municipality;
        }
        double other = gross(otherBenefit, week, otherAmount);
        double pending = gross(benefit, week, amount);
        if (other != pending) {
            return other < pending;
        }
        return otherBenefit < benefit;
    }

    private double gross(int benefit, int week, double amount) {
        return Double.isNaN(amount) ? weeklyRate[benefit][week - firstWeek] : amount;
    }

    /** Books the pending row. */
    private void flush() {
        if (week == NONE) {
            return;
        }
        int tier = ledger.nextTier(week, covered[benefit]);
        kept++;
        aggregator.add(week, municipality, benefit, amount, tier);
        if (groups != null || listener != null) {
            bookElsewhere(tier);
        }
        week = NONE;
    }

    /** The pending row to the group figures and the listener; apart, so the aggregate's path stays small. */
    private void bookElsewhere(int tier) {
        double gross = gross(benefit, week, amount);
        if (groups != null) {
            groups.add(week, municipality, benefit, gross, tier);
        }
        if (listener != null) {
            listener.kept(week, municipality, benefit, gross, tier == 0 ? 0 : ledger.count(), tier);
        }
    }

    /** Books the last row; call once after the last person. */
    public void finish() {
        flush();
    }

    public long persons() {
        return persons;
    }

    /** Person-weeks booked. */
    public long kept() {
        return kept;
    }

    /** Same-week rows dropped because another row of that week was kept. */
    public long dropped() {
        return dropped;
    }
}
