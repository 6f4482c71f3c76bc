package dk.raaderum.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./raaderum backup} and {@code ./raaderum restore}: a round trip through pg_dump and pg_restore. */
class BackupRestoreTest {

    @TempDir
    Path folder;
    Map<String, String> env;

    @BeforeEach
    void tools() {
        boolean available = DatabaseBackup.program("pg_dump", System.getenv()).isPresent();
        if (!available) {
            assertThat(System.getenv("CI")).as("CI must install pg_dump and pg_restore (postgresql-client)").isNotEqualTo("true");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(available, "pg_dump is not installed here");
        env = new HashMap<>(Map.of("RAADERUM_HOME", folder.resolve("home").toString()));
    }

    @Test
    void a_backup_restored_brings_back_exactly_what_was_there_and_the_file_is_for_its_owner_only() throws Exception {
        Path home = folder.resolve("home");
        try (EmbeddedPostgres server = EmbeddedPostgres.start(home)) {
            owner(server, "create table note (id int primary key, body text)",
                    "insert into note values (1, 'før sikkerhedskopien'), (2, 'æøå')");
        }
        Path dump = folder.resolve("kopi.dump");
        DatabaseBackup.Outcome backup = DatabaseBackup.backup(dump, env);
        assertThat(backup.ok()).as(backup.message()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dump))).isEqualTo("rw-------");

        try (EmbeddedPostgres server = EmbeddedPostgres.start(home)) {
            owner(server, "insert into note values (3, 'efter')", "update note set body = 'ændret' where id = 1");
        }
        DatabaseBackup.Outcome restore = DatabaseBackup.restore(dump, env);
        assertThat(restore.ok()).as(restore.message()).isTrue();

        try (EmbeddedPostgres server = EmbeddedPostgres.start(home);
                Connection app = DriverManager.getConnection(server.jdbcUrl(), server.app().user(), server.app().password());
                var rs = app.createStatement().executeQuery("select string_agg(id || '=' || body, ',' order by id) from note")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("1=før sikkerhedskopien,2=æøå");
        }
    }

    @Test
    void a_restore_is_refused_while_another_process_uses_the_database_and_a_missing_file_is_named() throws Exception {
        try (EmbeddedPostgres running = EmbeddedPostgres.start(folder.resolve("home"))) {
            Path dump = folder.resolve("kopi.dump");
            assertThat(DatabaseBackup.backup(dump, env).ok()).isTrue();
            DatabaseBackup.Outcome refused = DatabaseBackup.restore(dump, env);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.message()).contains("bruges af en anden");
        }
        DatabaseBackup.Outcome missing = DatabaseBackup.restore(folder.resolve("findes-ikke.dump"), env);
        assertThat(missing.ok()).isFalse();
        assertThat(missing.message()).contains("findes-ikke.dump").contains("findes ikke");
    }

    private static void owner(EmbeddedPostgres server, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.owner().user(), server.owner().password());
                var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
