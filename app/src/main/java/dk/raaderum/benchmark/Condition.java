package dk.raaderum.benchmark;

/** A framework condition (rammevilkår) used to predict a municipality's expected level. */
public record Condition(String id, String name, String subject, String source, int year, boolean synthetic) {
}
