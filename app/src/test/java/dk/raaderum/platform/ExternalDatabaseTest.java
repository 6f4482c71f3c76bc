package dk.raaderum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.Api;
import dk.raaderum.RaaderumApplication;

/**
 * Råderum on an external PostgreSQL given by RAADERUM_DB_URL. CI starts Debian's PostgreSQL and sets
 * RAADERUM_IT_EXTERNAL_DB_URL (see .ci/run); elsewhere this test is skipped.
 */
@EnabledIfEnvironmentVariable(named = "RAADERUM_IT_EXTERNAL_DB_URL", matches = ".+")
class ExternalDatabaseTest {

    @Test
    void an_external_database_gets_the_schema_and_the_shipped_data_but_no_demo_users() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RaaderumApplication.class)
                .run("--server.port=0", "--raaderum.home=target/external-home",
                        "--RAADERUM_DB_URL=" + System.getenv("RAADERUM_IT_EXTERNAL_DB_URL"),
                        "--RAADERUM_DB_USER=" + System.getenv("RAADERUM_IT_EXTERNAL_DB_USER"),
                        "--RAADERUM_DB_PASSWORD=" + System.getenv("RAADERUM_IT_EXTERNAL_DB_PASSWORD"))) {
            assertThat(app.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EXTERNAL);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("raaderum_ci");
            assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isZero();

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            double value = new Api(port).json("/api/v1/values?indicator=ledige_fuldtid&municipality=165&from=2021-08")
                    .get(0).get("value").asDouble();
            assertThat(value).isEqualTo(656.0);
        }
    }
}
