package dk.raaderum.platform;

/** Receives progress from a long job (an import, a register run), e.g. to draw a progress bar. */
public interface Progress {

    Progress SILENT = new Progress() {
    };

    default void begin(String task, long total) {
    }

    default void advance(long steps) {
    }

    default void end() {
    }
}
