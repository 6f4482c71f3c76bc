package dk.raaderum.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the real cause of a failed start from PostgreSQL's own log. */
final class PostgresLog {

    private PostgresLog() {
    }

    /** The last FATAL or PANIC lines (with the line after each, which often says what to do), if any. */
    static Optional<String> cause(Path log) {
        try {
            if (!Files.exists(log)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - 200), lines.size());
            StringBuilder cause = new StringBuilder();
            for (int i = 0; i < tail.size(); i++) {
                String line = tail.get(i);
                if (line.contains("FATAL") || line.contains("PANIC")) {
                    cause.setLength(0);
                    cause.append(line.strip());
                    if (i + 1 < tail.size() && (tail.get(i + 1).contains("HINT") || tail.get(i + 1).contains("DETAIL"))) {
                        cause.append(" ").append(tail.get(i + 1).strip());
                    }
                }
            }
            return cause.isEmpty() ? Optional.empty() : Optional.of(cause.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
