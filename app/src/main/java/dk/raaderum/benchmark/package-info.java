/**
 * Fair benchmark: the expected level of a share from a municipality's framework conditions (ordinary least
 * squares, leave-one-out prediction intervals), the difference in percentage points, persons and kroner, an
 * explanation per condition, and comparable municipalities. The regression types here are free of Spring.
 */
package dk.raaderum.benchmark;
