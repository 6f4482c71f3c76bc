package dk.raaderum.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs PostgreSQL's own programs (initdb, pg_ctl) from the unpacked binaries on the folder that holds the data.
 * PostgreSQL refuses to run as root, and must not have root's powers: when Råderum runs as root, the programs run
 * as the unprivileged user {@code nobody} (uid {@value #UNPRIVILEGED}), which owns the data folder and nothing else.
 *
 * <p>If {@code nobody} cannot pass through a folder above the data (say the home is under {@code /root}), the data
 * folder is bind-mounted at a reachable place inside a private mount namespace that only the server lives in; the
 * rest of the machine sees nothing of it. Arguments name the data folder as {@value #ROOT}.
 */
final class PostgresCommands {

    static final int UNPRIVILEGED = 65534;
    static final String ROOT = "{root}";

    private final Path binaries;
    private final Path root;

    PostgresCommands(Path binaries, Path root) {
        this.binaries = binaries;
        this.root = root;
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs the program and returns its output; throws with that output when it fails. */
    String run(List<String> command) {
        List<String> full = new ArrayList<>();
        String program = binaries.resolve("bin").resolve(command.get(0)).toString();
        if (!runningAsRoot()) {
            full.add(program);
            command.subList(1, command.size()).forEach(a -> full.add(a.replace(ROOT, root.toString())));
        } else if (reachable(root)) {
            full.addAll(dropPrivileges());
            full.add(program);
            command.subList(1, command.size()).forEach(a -> full.add(a.replace(ROOT, root.toString())));
        } else {
            Path mountPoint = Path.of(System.getProperty("java.io.tmpdir"), "raaderum-pg-" + Integer.toHexString(root.hashCode()));
            try {
                Files.createDirectories(mountPoint);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StringBuilder script = new StringBuilder("mount --bind \"$1\" \"$2\" && shift 2 && exec \"$@\"");
            full.addAll(List.of("unshare", "--mount", "--propagation", "private", "--", "sh", "-c", script.toString(),
                    "sh", root.toString(), mountPoint.toString()));
            full.addAll(dropPrivileges());
            full.add(program);
            command.subList(1, command.size()).forEach(a -> full.add(a.replace(ROOT, mountPoint.toString())));
        }
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new PostgresFailure(command.get(0), output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Afbrudt under " + command.get(0), e);
        }
    }

    private static List<String> dropPrivileges() {
        return List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=" + UNPRIVILEGED, "--clear-groups", "--");
    }

    /**
     * Gives the folder (and everything in it) to the user PostgreSQL runs as, with access for that user only.
     * Does nothing unless Råderum runs as root.
     */
    static void handOver(Path folder) throws IOException {
        if (!runningAsRoot()) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                Files.setAttribute(p, "unix:uid", UNPRIVILEGED, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", UNPRIVILEGED, LinkOption.NOFOLLOW_LINKS);
            }
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    /** Whether the unprivileged user can pass through every folder above this one. */
    private static boolean reachable(Path folder) {
        try {
            for (Path p = folder.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A PostgreSQL program that failed, with what it printed. */
    static final class PostgresFailure extends RuntimeException {
        PostgresFailure(String program, String output) {
            super("PostgreSQL-programmet " + program + " fejlede: " + output);
        }
    }
}
