package dk.raaderum.platform.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.raaderum.platform.DatabaseMode;

/**
 * The system of record is PostgreSQL: an external server when {@code RAADERUM_DB_URL} is set,
 * otherwise one started in-process with its data under {@code RAADERUM_HOME}.
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

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseMode mode, EmbeddedServer embedded,
            @Value("${RAADERUM_DB_URL:}") String url,
            @Value("${RAADERUM_DB_USER:}") String user,
            @Value("${RAADERUM_DB_PASSWORD:}") String password) {
        HikariDataSource dataSource = new HikariDataSource();
        if (mode == DatabaseMode.EMBEDDED) {
            dataSource.setJdbcUrl(embedded.server().jdbcUrl());
            dataSource.setUsername(embedded.server().user());
        } else {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user);
            dataSource.setPassword(password);
        }
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true"); // imports write in large batches
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("raaderum");
        return dataSource;
    }

    /**
     * Holds the embedded server (or nothing) and stops it after the connection pool has closed,
     * because the pool depends on this bean and Spring destroys dependants first.
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
