package dk.raaderum.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./raaderum backup FILE} and {@code ./raaderum restore FILE}: PostgreSQL's own pg_dump (custom format) and
 * pg_restore, of the embedded database or of the external one given by {@code RAADERUM_DB_URL}. The backup holds
 * personal data, so the file is readable by its owner only, and appears only when complete. A restore replaces
 * everything in the database in one transaction and refuses while another Råderum process uses the database.
 */
public final class DatabaseBackup {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    /** What happened, with a Danish message for the user. */
    public record Outcome(boolean ok, String message) {
    }

    private DatabaseBackup() {
    }

    public static Outcome backup(Path file, Map<String, String> env) {
        Optional<Path> pgDump = program("pg_dump", env);
        if (pgDump.isEmpty()) {
            return missingTools();
        }
        return withDatabase(env, false, target -> {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                run(target, List.of(pgDump.get().toString(), "--format=custom", "--no-owner", "--file=" + partial,
                        "--host=" + target.host(), "--port=" + target.port(), "--username=" + target.login().user(),
                        target.database()));
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Outcome(true, "Sikkerhedskopien er skrevet til " + absolute + " (" + Files.size(absolute) / 1024
                        + " kB). Den indeholder personoplysninger: opbevar den som dem.");
            } finally {
                Files.deleteIfExists(partial);
            }
        });
    }

    public static Outcome restore(Path file, Map<String, String> env) {
        if (!Files.isRegularFile(file)) {
            return new Outcome(false, file + ": filen findes ikke");
        }
        Optional<Path> pgRestore = program("pg_restore", env);
        if (pgRestore.isEmpty()) {
            return missingTools();
        }
        return withDatabase(env, true, target -> {
            run(target, List.of(pgRestore.get().toString(), "--clean", "--if-exists", "--no-owner", "--no-privileges",
                    "--single-transaction", "--exit-on-error", "--host=" + target.host(), "--port=" + target.port(),
                    "--username=" + target.login().user(), "--dbname=" + target.database(), file.toAbsolutePath().toString()));
            target.afterRestore().run();
            return new Outcome(true, "Databasen er gendannet fra " + file.toAbsolutePath() + ".");
        });
    }

    private record Target(String host, int port, String database, EmbeddedPostgres.Credentials login,
            Runnable afterRestore) {
    }

    @FunctionalInterface
    private interface Work {
        Outcome on(Target target) throws IOException;
    }

    private static Outcome withDatabase(Map<String, String> env, boolean restoring, Work work) {
        String url = env.getOrDefault("RAADERUM_DB_URL", "");
        try {
            if (!url.isBlank()) {
                Matcher m = JDBC_URL.matcher(url);
                if (!m.matches()) {
                    return new Outcome(false, "RAADERUM_DB_URL skal have formen jdbc:postgresql://vært:port/database");
                }
                String ownerUser = env.getOrDefault("RAADERUM_DB_OWNER_USER", "");
                EmbeddedPostgres.Credentials login = ownerUser.isBlank()
                        ? new EmbeddedPostgres.Credentials(env.getOrDefault("RAADERUM_DB_USER", ""),
                                env.getOrDefault("RAADERUM_DB_PASSWORD", ""))
                        : new EmbeddedPostgres.Credentials(ownerUser, env.getOrDefault("RAADERUM_DB_OWNER_PASSWORD", ""));
                return work.on(new Target(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)),
                        m.group(3), login, () -> { }));
            }
            Path home = Path.of(env.getOrDefault("RAADERUM_HOME", "data"));
            try (EmbeddedPostgres server = restoring ? EmbeddedPostgres.startForRestore(home) : EmbeddedPostgres.start(home)) {
                if (restoring && server.otherUsers() > 0) {
                    return new Outcome(false, "Databasen bruges af en anden Råderum-proces (fx serve). Stop den først, "
                            + "og kør restore igen.");
                }
                return work.on(new Target("127.0.0.1", server.port(), EmbeddedPostgres.DATABASE, server.owner(),
                        server::grantApplicationRole));
            }
        } catch (IOException | RuntimeException e) {
            return new Outcome(false, e.getMessage());
        }
    }

    private static void run(Target target, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", target.login().password());
        builder.environment().put("PGCONNECT_TIMEOUT", "20");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " fejlede: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Afbrudt", e);
        }
    }

    /**
     * pg_dump and pg_restore: from {@code RAADERUM_PG_BIN}, else the newest Debian PostgreSQL installation, else the
     * PATH. They must be at least as new as the server (15 for the embedded one).
     */
    static Optional<Path> program(String name, Map<String, String> env) {
        List<Path> candidates = new ArrayList<>();
        String configured = env.getOrDefault("RAADERUM_PG_BIN", "");
        if (!configured.isBlank()) {
            candidates.add(Path.of(configured, name));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.comparing((Path p) -> versionOf(p)).reversed())
                        .forEach(v -> candidates.add(v.resolve("bin").resolve(name)));
            } catch (IOException ignored) {
                // fall through to the PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, name));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static int versionOf(Path folder) {
        String name = folder.getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static Outcome missingTools() {
        return new Outcome(false, "pg_dump og pg_restore (PostgreSQL 15 eller nyere) findes ikke på maskinen. "
                + "Installér dem (Debian/Ubuntu: apt-get install postgresql-client), eller peg på dem med RAADERUM_PG_BIN.");
    }
}
