package dk.raaderum.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets kept in {@code RAADERUM_HOME/secrets}, a folder only the owner may enter, each in a file only
 * the owner may read. Made once, at the first start, and read at every later one.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    Secrets(Path home) {
        this.folder = home.resolve("secrets");
    }

    boolean exist() {
        return Files.isDirectory(folder);
    }

    /** The secret of that name; made now when it does not exist yet. */
    String get(String name) throws IOException {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Path file = folder.resolve(name + ".secret");
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path temporary = Files.createTempFile(folder, "." + name, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, secret, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException raced) {
                Files.delete(temporary); // another process made it first: use theirs
            }
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
