package dk.raaderum.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as an attacker on the same machine and an operator would meet it: nothing logs in without
 * the secret, the application's role has no power beyond its data, the server never has root's powers, and a
 * damaged or lost database is reported instead of silently replaced.
 */
class EmbeddedPostgresTest {

    @TempDir
    Path home;

    @Test
    void a_real_postgresql_client_without_the_secret_is_refused_and_with_it_gets_in() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(home)) {
            Optional<Path> psql = DatabaseBackup.program("psql", System.getenv());
            if (psql.isPresent()) {
                Process p = new ProcessBuilder(psql.get().toString(), "-w", "-h", "127.0.0.1", "-p",
                        Integer.toString(server.port()), "-U", "postgres", "-d", "postgres", "-c", "select 1")
                        .redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(output).isNotZero();
                assertThat(output).containsAnyOf("password", "adgangskode");
            } else {
                assertThat(System.getenv("CI")).as("CI must install the PostgreSQL client (psql)").isNotEqualTo("true");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "raaderum-demo"))
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.app().user(), server.app().password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void the_application_role_can_neither_change_the_schema_nor_run_programs_on_the_host() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(home);
                Connection app = DriverManager.getConnection(server.jdbcUrl(), server.app().user(), server.app().password());
                var s = app.createStatement()) {
            var superuser = s.executeQuery("select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user");
            superuser.next();
            assertThat(List.of(superuser.getBoolean(1), superuser.getBoolean(2), superuser.getBoolean(3)))
                    .containsOnly(false);
            assertThatThrownBy(() -> s.execute("create table intruder (x int)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("copy (select 1) to program 'id'")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void as_root_the_server_runs_as_an_unprivileged_user_even_when_the_home_is_closed_to_others() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------")); // like /root
        try (EmbeddedPostgres server = EmbeddedPostgres.start(home)) {
            long pid = Long.parseLong(Files.readAllLines(home.resolve("postgres/data/postmaster.pid")).get(0).strip());
            String uid = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[1];
            if (PostgresCommands.runningAsRoot()) {
                assertThat(uid).isEqualTo(Integer.toString(PostgresCommands.UNPRIVILEGED));
            } else {
                assertThat(uid).isNotEqualTo("0");
            }
        }
    }

    @Test
    void the_secrets_are_readable_by_their_owner_only() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(home)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets"))))
                    .isEqualTo("rwx------");
            try (var secrets = Files.list(home.resolve("secrets"))) {
                assertThat(secrets.toList()).hasSize(3).allSatisfy(f -> assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void a_second_process_on_the_same_home_keeps_its_database_when_the_first_leaves() throws Exception {
        EmbeddedPostgres first = EmbeddedPostgres.start(home);
        try (EmbeddedPostgres second = EmbeddedPostgres.start(home)) {
            assertThat(second.port()).isEqualTo(first.port());
            first.close();
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.app().user(), second.app().password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(first.jdbcUrl(), first.app().user(), first.app().password()))
                .as("the last one to leave stops the server").isInstanceOf(SQLException.class);
    }

    @Test
    void a_home_whose_database_has_gone_is_not_started_as_a_new_empty_one() throws Exception {
        EmbeddedPostgres.start(home).close();
        deleteRecursively(home.resolve("postgres/data"));

        assertThatThrownBy(() -> EmbeddedPostgres.start(home)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mangler").hasMessageContaining("./raaderum restore");
        assertThat(home.resolve("postgres/data")).doesNotExist();
    }

    @Test
    void a_damaged_data_folder_is_reported_with_postgresqls_own_reason() throws Exception {
        EmbeddedPostgres.start(home).close();
        Files.write(home.resolve("postgres/data/global/pg_control"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> EmbeddedPostgres.start(home)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ville ikke starte").hasMessageContaining("pg_control");
    }

    @Test
    void a_database_made_by_the_old_password_less_version_is_refused() throws Exception {
        Files.createDirectories(home.resolve("postgres/data"));
        Files.writeString(home.resolve("postgres/data/PG_VERSION"), "17\n");

        assertThatThrownBy(() -> EmbeddedPostgres.start(home)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uden adgangskode");
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
