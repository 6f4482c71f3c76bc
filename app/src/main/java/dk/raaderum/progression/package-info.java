/**
 * Citizens' progression towards work or education (recommendation 5): a pseudonymous record per citizen far from the
 * labour market, keyed by the jobcentre's own case reference, with assessments on BIP-style dimensions at every
 * conversation; for management and the council the same in aggregate per target group, team and effort, with small
 * groups suppressed (including complementary suppression). Personal data: only the municipality's sagsbehandlere,
 * analytikere and leder see individuals, caseworkers can be limited to their teams, every read is audited, and closed
 * cases are deleted after the retention period. The rules ({@link dk.raaderum.progression.ProgressionChange},
 * {@link dk.raaderum.progression.ProgressionAggregate}, {@link dk.raaderum.progression.MeanInterval},
 * {@link dk.raaderum.progression.CaseReference}) are free of Spring.
 */
package dk.raaderum.progression;
