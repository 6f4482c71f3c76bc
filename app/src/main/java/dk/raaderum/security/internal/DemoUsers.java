package dk.raaderum.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import dk.raaderum.platform.DatabaseMode;
import dk.raaderum.security.Role;

/**
 * Demo users for the embedded default only; with an external database no demo user exists.
 * Created by the web application (not by command-line imports, which must not reset passwords).
 * The password is {@code RAADERUM_DEMO_PASSWORD} (see the README for its default).
 */
@Component
@ConditionalOnWebApplication
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private record Demo(String username, String name, Role role, Integer municipality) {
    }

    private static final Demo[] USERS = {
        new Demo("leder.vejen", "Leder, Jobcenter Vejen", Role.LEDER, 575),
        new Demo("politiker.vejen", "Udvalgsmedlem, Vejen", Role.POLITIKER, 575),
        new Demo("sagsbehandler.vejen", "Sagsbehandler, Jobcenter Vejen", Role.SAGSBEHANDLER, 575),
        new Demo("leder.aarhus", "Leder, Jobcenter Aarhus", Role.LEDER, 751),
        new Demo("analytiker.kl", "Analytiker, KL's netværk", Role.ANALYTIKER, null),
        new Demo("admin", "Administrator", Role.ADMINISTRATOR, null),
    };

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String password;

    DemoUsers(DatabaseMode mode, JdbcClient jdbc, PasswordEncoder encoder,
            @Value("${RAADERUM_DEMO_PASSWORD:raaderum-demo}") String password) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.isEmbedded()) {
            return;
        }
        for (Demo demo : USERS) {
            jdbc.sql("""
                    insert into app_user (username, display_name, password_hash, role, municipality_code)
                    values (?, ?, ?, ?, ?)
                    on conflict (username) do update set display_name = excluded.display_name,
                        password_hash = excluded.password_hash, role = excluded.role,
                        municipality_code = excluded.municipality_code""")
                    .params(demo.username(), demo.name(), encoder.encode(password), demo.role().name(),
                            demo.municipality())
                    .update();
        }
        log.info("Demobrugere er klar ({} stk.) med adgangskoden fra RAADERUM_DEMO_PASSWORD", USERS.length);
    }
}
