/**
 * The economy forward (issue 12): cost forecasts per benefit group after refusion with a back-test against a naive
 * forecast, and business cases (investeringscases) replayed through the refusion ledger, from the kept copy of the
 * newest register. The rules ({@code Forecaster}, {@code BackTest}, {@code BusinessCases}) are free of Spring.
 */
package dk.raaderum.economy;
