package dk.raaderum.plan;

/** A team of the jobcentre's share of a goal: its own target and who answers for it. */
public record TeamTarget(String team, double target, String owner) {
}
