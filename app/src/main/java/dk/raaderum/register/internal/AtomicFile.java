package dk.raaderum.register.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * An output file that appears only when complete: written to a hidden temporary file beside the target
 * and moved into place on {@link #commit()}; closed without commit, it leaves nothing behind.
 *
 * <p>Temporary files hold personal data (the detail file has a row per person-week), so they are created
 * owner-only ({@code rw-------}) and carry the writing process's id in their name:
 * {@code .TARGET.raaderum-PID-RANDOM.partial}. A normal exit or Ctrl-C removes them; a process killed
 * outright ({@code kill -9}) cannot, so every new file first removes the temporary files in its folder
 * whose process is no longer running.
 */
public final class AtomicFile implements AutoCloseable {

    private static final Pattern LEFTOVER = Pattern.compile("\\..*\\.raaderum-(\\d+)-\\d+\\.partial");

    private final Path target;
    private final Path temporary;
    private final BufferedWriter writer;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.temporary = createTemporary(this.target, false);
        this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    }

    /**
     * A private folder (owner-only) beside the target, for a writer that is not this class's (e.g. DuckDB's
     * COPY); the file written in it is moved to the target with {@link #commitFrom}.
     */
    static Path temporaryFolderFor(Path target) throws IOException {
        return createTemporary(target.toAbsolutePath(), true);
    }

    /** Moves {@code file} (written in a folder from {@link #temporaryFolderFor}) to the target, owner-only. */
    static void commitFrom(Path file, Path target) throws IOException {
        PrivateTemp.ownerOnly(file);
        Files.move(file, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path createTemporary(Path target, boolean folder) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        removeLeftovers(parent);
        String prefix = "." + target.getFileName() + ".raaderum-" + ProcessHandle.current().pid() + "-";
        Path temporary = folder
                ? Files.createTempDirectory(parent, prefix, PrivateTemp.owner(true))
                : Files.createTempFile(parent, prefix, ".partial", PrivateTemp.owner(false));
        if (folder) {
            // createTempDirectory appends its own random digits; give it the suffix the sweep looks for
            Path renamed = parent.resolve(temporary.getFileName() + ".partial");
            Files.move(temporary, renamed);
            temporary = renamed;
        }
        temporary.toFile().deleteOnExit(); // an interrupted run (Ctrl-C) leaves nothing behind
        return temporary;
    }

    /** Removes temporary files and folders left in {@code folder} by processes that no longer run. */
    static void removeLeftovers(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            PrivateTemp.removeLeftovers(folder, LEFTOVER);
        }
    }

    static void deleteTree(Path path) throws IOException {
        PrivateTemp.deleteTree(path);
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
