package dk.raaderum.indicator;

/** What an indicator counts, how it is written in Danish and with how many decimals. */
public enum Unit {
    ANTAL("personer", 0),
    FULDTIDSPERSONER("fuldtidspersoner", 0),
    PROCENT("pct.", 1),
    KRONER("kr.", 0);

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
}
