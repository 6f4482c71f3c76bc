package dk.raaderum.indicator;

/**
 * A cheap stamp of the stored data, read from the database: it changes whenever an import commits, whether made
 * in the web app or by the command line in another process (every import writes a {@code data_import} row in the
 * same transaction as its values and the indicators it defines). Caches key on it instead of listening for events.
 */
public interface DataVersion {

    /** The stamp now; two equal stamps mean the same imported data. */
    Stamp current();

    /**
     * The number of imports and the newest import's id. The count also changes when an import that started
     * earlier commits after a later one, so a stamp once seen never comes back with other data.
     */
    record Stamp(long imports, long lastImport) {
    }
}
