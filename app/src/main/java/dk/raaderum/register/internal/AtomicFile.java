package dk.raaderum.register.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file that appears only when complete: written to a hidden temporary file beside the target
 * and moved into place on {@link #commit()}; closed without commit, it leaves nothing behind.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final BufferedWriter writer;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        Files.createDirectories(folder);
        this.temporary = Files.createTempFile(folder, "." + this.target.getFileName(), ".partial");
        this.temporary.toFile().deleteOnExit(); // an interrupted run (Ctrl-C) leaves nothing behind
        this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    }

    /** A path for a writer that is not this class's (e.g. DuckDB's COPY); committed the same way. */
    static Path temporaryFor(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".partial");
        Files.delete(temporary);
        temporary.toFile().deleteOnExit();
        return temporary;
    }

    public BufferedWriter writer() {
        return writer;
    }

    public void commit() throws IOException {
        writer.close();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
