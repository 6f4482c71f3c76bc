package dk.raaderum.indicator;

/** The period types Råderum stores and rolls up to. */
public enum PeriodType {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
