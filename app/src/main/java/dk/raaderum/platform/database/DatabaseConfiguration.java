package dk.raaderum.platform.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dk.raaderum.platform.DatabaseMode;

/**
 * The system of record is PostgreSQL: an external server when {@code RAADERUM_DB_URL} is set, otherwise one
 * started in-process with its data under {@code RAADERUM_HOME}.
 *
 * <p>Two logins: the application's, which reads and writes data, and the schema owner's, which only the
 * migrations use. With an external server the owner is {@code RAADERUM_DB_OWNER_USER} when it is set, otherwise
 * the application's own login (then the audit trail is kept append-only by a trigger alone).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode(@Value("${RAADERUM_DB_URL:}") String externalUrl) {
        return externalUrl.isBlank() ? DatabaseMode.EMBEDDED : DatabaseMode.EXTERNAL;
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(DatabaseMode mode, @Value("${raaderum.home}") String home) {
        return new EmbeddedServer(mode == DatabaseMode.EMBEDDED ? EmbeddedPostgres.start(Path.of(home)) : null);
    }

    @Bean
    DatabaseLogins databaseLogins(DatabaseMode mode, EmbeddedServer embedded,
            @Value("${RAADERUM_DB_URL:}") String url,
            @Value("${RAADERUM_DB_USER:}") String user,
            @Value("${RAADERUM_DB_PASSWORD:}") String password,
            @Value("${RAADERUM_DB_OWNER_USER:}") String ownerUser,
            @Value("${RAADERUM_DB_OWNER_PASSWORD:}") String ownerPassword) {
        if (mode == DatabaseMode.EMBEDDED) {
            EmbeddedPostgres server = embedded.server();
            return new DatabaseLogins(server.jdbcUrl(), server.app(), server.owner());
        }
        EmbeddedPostgres.Credentials app = new EmbeddedPostgres.Credentials(user, password);
        return new DatabaseLogins(url, app,
                ownerUser.isBlank() ? app : new EmbeddedPostgres.Credentials(ownerUser, ownerPassword));
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(DatabaseLogins logins) {
        HikariDataSource dataSource = pool(logins.url(), logins.app(), "raaderum", 10);
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true"); // imports write in large batches
        return dataSource;
    }

    /** The migrations' own connections, as the schema owner; opened only while they run, so no pool. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(DatabaseLogins logins) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), logins.url(), logins.owner().user(),
                logins.owner().password());
    }

    @Bean
    SchemaPrivileges schemaPrivileges(DatabaseLogins logins) {
        return new SchemaPrivileges(logins);
    }

    private static HikariDataSource pool(String url, EmbeddedPostgres.Credentials login, String name, int size) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(login.user());
        dataSource.setPassword(login.password());
        dataSource.setMaximumPoolSize(size);
        dataSource.setPoolName(name);
        return dataSource;
    }

    /** Where the database is and the two logins to it. */
    record DatabaseLogins(String url, EmbeddedPostgres.Credentials app, EmbeddedPostgres.Credentials owner) {
        boolean separateOwner() {
            return !app.user().equals(owner.user());
        }
    }

    /**
     * Holds the embedded server (or nothing) and leaves it after the connection pools have closed, because the
     * pools depend on this bean and Spring destroys dependants first.
     */
    static final class EmbeddedServer implements AutoCloseable {
        private final EmbeddedPostgres server;

        EmbeddedServer(EmbeddedPostgres server) {
            this.server = server;
        }

        EmbeddedPostgres server() {
            return server;
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
