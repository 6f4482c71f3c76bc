/**
 * The individual-level engine around the pure-Java ledger: DuckDB reads, checks and orders the weekly
 * register (CSV or Parquet), {@code dk.raaderum.engine} replays each person, and the monthly aggregate
 * is written atomically. Also the synthetic national register. See {@code shared/specs/register.md}.
 */
package dk.raaderum.register;
