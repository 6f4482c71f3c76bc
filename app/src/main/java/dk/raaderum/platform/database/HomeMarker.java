package dk.raaderum.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A note in {@code RAADERUM_HOME} that its embedded database was made, and when. It lets a start tell a new home
 * from one whose database has gone missing, which must never silently become a fresh, empty database.
 */
final class HomeMarker {

    private final Path file;

    HomeMarker(Path home) {
        this.file = home.resolve("raaderum-home.txt");
    }

    boolean exists() {
        return Files.exists(file);
    }

    void write() throws IOException {
        Files.writeString(file, "Råderums hjemmemappe. Databasen blev oprettet " + Instant.now() + ".\n",
                StandardCharsets.UTF_8);
    }

    /** What the note says, for a message. */
    String describe() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return file.toString();
        }
    }
}
