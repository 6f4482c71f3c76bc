/**
 * General statistics shared by the modules, free of Spring: ordinary least squares (Commons Math QR) with
 * leave-one-out predictions and intervals, the model's fit (R², adjusted R², Q² from PRESS), variance inflation
 * factors, and rank intervals by simulation. Used by the benchmark's expected level and the plan's forecasts.
 */
package dk.raaderum.statistics;
