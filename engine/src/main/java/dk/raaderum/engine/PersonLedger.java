package dk.raaderum.engine;

/**
 * Replays one person's weeks through the refusion rules (spec § 2). Feed the person's kept weeks in
 * strictly increasing order with {@link #nextTier}; call {@link #startPerson} before each new person.
 * Memory is constant per person: the supported weeks (weeks with any row) of the last 156 weeks are
 * kept as runs of consecutive weeks, so a person on benefits week after week costs one comparison a week.
 *
 * <p>A covered week restarts the count when, since the week after the count started and within the
 * last 156 weeks, the person has had at least 52 weeks of self-support (weeks with no row at all).
 */
public final class PersonLedger {

    private static final int WINDOW = 156;
    private static final int SELF_SUPPORT_WEEKS = 52;
    private static final int NONE = Integer.MIN_VALUE;

    /** Runs of supported weeks, oldest first, in a ring; a run takes at least two weeks with the gap after it. */
    private static final int RING = 128; // a power of two above (WINDOW + 1) / 2 runs
    private final int[] runFirst = new int[RING];
    private final int[] runLast = new int[RING];
    private int head;           // the oldest kept run
    private int runs;           // runs kept
    private int supportedWeeks; // weeks in the kept runs

    private int count;
    private int start = NONE;
    private int lastCovered = NONE;

    public void startPerson() {
        head = 0;
        runs = 0;
        supportedWeeks = 0;
        count = 0;
        start = NONE;
        lastCovered = NONE;
    }

    /**
     * Records the week and returns its tier (1–4), or 0 when the week is not covered; the covered week's
     * count is {@link #count()} afterwards. Weeks must come in increasing order.
     */
    public int nextTier(int week, boolean covered) {
        int tier = 0;
        if (covered) {
            // after a covered week the week that follows it cannot restart: the look-back only lost a
            // week and gained a supported one, so it has no more self-support than when it was last checked
            if (lastCovered == NONE || week != lastCovered + 1) {
                restartIfSelfSupported(week);
            }
            lastCovered = week;
            count++;
            tier = RefusionTier.of(count);
        }
        remember(week);
        return tier;
    }

    /** Covered weeks since the last restart, including the last covered week recorded. */
    public int count() {
        return count;
    }

    private void restartIfSelfSupported(int week) {
        if (start == NONE) {
            start = week;
            return;
        }
        int from = Math.max(start + 1, week - WINDOW);
        int weeks = week - from;                     // weeks from..week-1
        if (weeks - supportedSince(from) >= SELF_SUPPORT_WEEKS) {
            count = 0;
            start = week;
        }
    }

    /**
     * Supported weeks from {@code from} up to the last remembered week. The lower end only moves forward for
     * a person (start and week both only grow), so runs before it are dropped for good.
     */
    private int supportedSince(int from) {
        while (runs > 0 && runLast[head] < from) {
            supportedWeeks -= runLast[head] - runFirst[head] + 1;
            head = (head + 1) & (RING - 1);
            runs--;
        }
        if (runs > 0 && runFirst[head] < from) {
            supportedWeeks -= from - runFirst[head];
            runFirst[head] = from;
        }
        return supportedWeeks;
    }

    private void remember(int week) {
        int last = (head + runs - 1) & (RING - 1);
        if (runs > 0 && runLast[last] == week - 1) {
            runLast[last] = week;
        } else {
            if (runs == RING) { // only runs older than any look-back can be dropped here
                supportedSince(week - WINDOW);
            }
            last = (head + runs) & (RING - 1);
            runFirst[last] = week;
            runLast[last] = week;
            runs++;
        }
        supportedWeeks++;
    }
}
