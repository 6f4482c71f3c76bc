/**
 * Fair benchmark: the expected level of a share from a municipality's framework conditions (real public
 * statistics, the same for every share; ordinary least squares with leave-one-out prediction intervals from
 * {@code dk.raaderum.statistics}), the difference in percentage points, persons and kroner, ranks and rank bands in
 * the share's good direction, an explanation per condition, and comparable municipalities.
 */
package dk.raaderum.benchmark;
