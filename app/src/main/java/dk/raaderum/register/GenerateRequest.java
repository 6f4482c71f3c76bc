package dk.raaderum.register;

import java.nio.file.Path;

import dk.raaderum.engine.IsoWeek;

/** What {@code register generate} was asked for; the output is CSV or Parquet by its extension. */
public record GenerateRequest(int persons, IsoWeek from, IsoWeek to, long seed, Path output) {
}
