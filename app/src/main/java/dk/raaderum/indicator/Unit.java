package dk.raaderum.indicator;

/** What an indicator counts, how it is written in Danish and with how many decimals. */
public enum Unit {
    ANTAL("personer", 0),
    FULDTIDSPERSONER("fuldtidspersoner", 0),
    PROCENT("pct.", 1),
    KRONER("kr.", 0),
    /** Companies (virksomhedsservice). */
    VIRKSOMHEDER("virksomheder", 0),
    /** A count per 1,000 inhabitants 16-66 years old. */
    PR_TUSIND("pr. 1.000 indbyggere 16-66 år", 1),
    /** A duration, e.g. the median answer time to companies' inquiries. */
    DAGE("dage", 1);

    private final String danish;
    private final int decimals;

    Unit(String danish, int decimals) {
        this.danish = danish;
        this.decimals = decimals;
    }

    public String danish() {
        return danish;
    }

    public int decimals() {
        return decimals;
    }

    /** Whether values add up (counts and kroner), so that e.g. team targets must sum to the goal. */
    public boolean isCount() {
        return this == ANTAL || this == FULDTIDSPERSONER || this == KRONER || this == VIRKSOMHEDER;
    }
}
