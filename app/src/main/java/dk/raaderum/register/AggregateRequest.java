package dk.raaderum.register;

import java.nio.file.Path;

/** What {@code register aggregate} was asked to do; {@code rates}, {@code rules} and {@code detail} may be null. */
public record AggregateRequest(Path input, Path rates, Path rules, Path output, Path detail) {
}
