package dk.raaderum.register.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files and folders that may hold personal data: owner-only, named with the writing process's id,
 * and removed by the next run when that process was killed before it could remove them itself.
 */
final class PrivateTemp {

    private PrivateTemp() {
    }

    /** A new owner-only folder {@code NAME-PID-RANDOM} in the system's temporary folder. */
    static Path folder(String name) throws IOException {
        Path parent = Path.of(System.getProperty("java.io.tmpdir"));
        removeLeftovers(parent, Pattern.compile(Pattern.quote(name) + "-(\\d+)-\\d+"));
        Path folder = Files.createTempDirectory(parent, name + "-" + ProcessHandle.current().pid() + "-", owner(true));
        folder.toFile().deleteOnExit();
        return folder;
    }

    static FileAttribute<?>[] owner(boolean folder) {
        if (!posix()) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"))};
    }

    static void ownerOnly(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Removes the entries of {@code folder} whose name matches (group 1: a process id) and whose process is gone. */
    static void removeLeftovers(Path folder, Pattern names) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Matcher m = names.matcher(entry.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(1)))) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
