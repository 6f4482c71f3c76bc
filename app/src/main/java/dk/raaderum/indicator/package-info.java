/**
 * Indicators: definitions (numerator and denominator), periods, stored values, and the calculation of
 * every geography level and period type from them. The domain types here are free of Spring.
 */
package dk.raaderum.indicator;
