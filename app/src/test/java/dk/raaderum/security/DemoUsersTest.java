package dk.raaderum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import dk.raaderum.RaaderumApplication;

/** Demo users are made once, with the first start's password, and never reset; they can be switched off. */
class DemoUsersTest {

    @TempDir
    Path folder;

    private ConfigurableApplicationContext start(Path home, String... more) {
        // as arguments, which win over application.properties (default properties would not)
        List<String> arguments = new java.util.ArrayList<>(List.of("--raaderum.home=" + home, "--RAADERUM_DB_URL=",
                "--raaderum.demo-register.persons=0", "--raaderum.now=2026-11-30T10:00:00Z"));
        List.of(more).forEach(p -> arguments.add("--" + p));
        return new SpringApplicationBuilder(RaaderumApplication.class).web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }

    private static String hash(ConfigurableApplicationContext app, String user) {
        return app.getBean(JdbcClient.class).sql("select password_hash from app_user where username = ?").param(user)
                .query(String.class).single();
    }

    @Test
    void a_later_start_with_another_password_never_resets_an_existing_demo_users_password() {
        Path home = folder.resolve("home");
        try (ConfigurableApplicationContext first = start(home)) {
            PasswordEncoder encoder = first.getBean(PasswordEncoder.class);
            assertThat(encoder.matches("raaderum-demo", hash(first, "admin"))).isTrue();
            assertThat(first.getBean("demoPasswordWarning", Object.class)).extracting("active").isEqualTo(true);
        }
        try (ConfigurableApplicationContext second = start(home, "RAADERUM_DEMO_PASSWORD=Et-helt-andet-2026")) {
            PasswordEncoder encoder = second.getBean(PasswordEncoder.class);
            assertThat(encoder.matches("raaderum-demo", hash(second, "admin"))).isTrue();
            assertThat(encoder.matches("Et-helt-andet-2026", hash(second, "admin"))).isFalse();
        }
    }

    @Test
    void a_demo_user_the_administrator_deleted_does_not_come_back() {
        Path home = folder.resolve("home");
        try (ConfigurableApplicationContext first = start(home, "RAADERUM_DEMO_PASSWORD=Demo-kodeord-2026")) {
            first.getBean(JdbcClient.class).sql("delete from app_user where username = 'leder.aarhus'").update();
        }
        try (ConfigurableApplicationContext second = start(home, "RAADERUM_DEMO_PASSWORD=Demo-kodeord-2026")) {
            assertThat(second.getBean(JdbcClient.class).sql("select count(*) from app_user where username = 'leder.aarhus'")
                    .query(Long.class).single()).isZero();
        }
    }

    @Test
    void with_demo_switched_off_no_demo_user_or_plan_is_made() {
        try (ConfigurableApplicationContext app = start(folder.resolve("home"), "RAADERUM_DEMO=false")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from employment_plan").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from indicator_value").query(Long.class).single())
                    .as("the public statistics still load").isPositive();
        }
    }
}
