package dk.raaderum.indicator;

/** How monthly values roll up to a quarter or a year. */
public enum TimeRollUp {
    /** Flows such as kroner paid: the sum of the months. */
    SUM,
    /** Stocks such as fuldtidspersoner: each month weighted by its number of days. */
    AVERAGE_BY_DAYS,
    /** Status figures: the value of the period's last month. */
    LAST
}
