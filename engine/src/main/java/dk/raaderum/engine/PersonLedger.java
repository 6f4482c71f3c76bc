package dk.raaderum.engine;

/**
 * Replays one person's weeks through the refusion rules (spec § 2). Feed the person's kept weeks in
 * time order with {@link #nextTier}; call {@link #startPerson} before each new person. Memory is constant
 * per person apart from a ring of the last 157 weeks' support flags.
 *
 * <p>A covered week restarts the count when, since the week after the count started and within the
 * last 156 weeks, the person has had at least 52 weeks of self-support (weeks with no row at all).
 */
public final class PersonLedger {

    private static final int WINDOW = 156;
    private static final int NONE = Integer.MIN_VALUE;

    /** Week indices of the person's supported weeks (any row), oldest first, within the look-back window. */
    private static final int RING = 256; // a power of two of at least WINDOW + 1 entries
    private final int[] supported = new int[RING];
    private int head;       // index in the ring of the oldest kept entry
    private int size;       // entries kept

    private int count;
    private int start = NONE;

    public void startPerson() {
        head = 0;
        size = 0;
        count = 0;
        start = NONE;
    }

    /**
     * Records the week and returns its tier (1–4), or 0 when the week is not covered; the covered week's
     * count is {@link #count()} afterwards. Weeks must come in increasing order.
     */
    public int nextTier(int week, boolean covered) {
        int tier = 0;
        if (covered) {
            restartIfSelfSupported(week);
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
        // The window's lower end only moves forward for a person (start and week both only grow),
        // so weeks before it are never needed again and can be dropped for good.
        int from = Math.max(start + 1, week - WINDOW);
        dropBefore(from);
        int weeks = week - from;          // weeks from..week-1
        int selfSupport = weeks - size;   // every remembered week lies in from..week-1
        if (selfSupport >= 52) {
            count = 0;
            start = week;
        }
    }

    private void dropBefore(int week) {
        while (size > 0 && supported[head] < week) {
            head = (head + 1) & (RING - 1);
            size--;
        }
    }

    private void remember(int week) {
        dropBefore(week - WINDOW);
        supported[(head + size) & (RING - 1)] = week;
        size++;
    }
}
