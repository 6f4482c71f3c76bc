package dk.raaderum.importing;

/** Receives progress from a long import, e.g. to draw a progress bar. */
public interface ImportProgress {

    ImportProgress SILENT = new ImportProgress() {
    };

    default void begin(String task, long total) {
    }

    default void advance(long steps) {
    }

    default void end() {
    }
}
