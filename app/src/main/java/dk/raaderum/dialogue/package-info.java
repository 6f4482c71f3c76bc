/**
 * The committee's dialogue with citizens and companies (the steering chain's "dialog med borgere og virksomheder"):
 * dialogue meetings with their themes and what the committee took with it, and the yearly satisfaction surveys
 * (borger- og virksomhedstilfredshed) imported as indicators ({@code tilfredshed_borgere},
 * {@code tilfredshed_virksomheder}) so they sit beside the results and goals can be set on them.
 */
package dk.raaderum.dialogue;
