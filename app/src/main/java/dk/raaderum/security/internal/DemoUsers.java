package dk.raaderum.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import dk.raaderum.platform.DemoDataReady;
import dk.raaderum.security.Role;

/**
 * Demo users, made once when the demo data are loaded at an installation's first start, and never again: an
 * existing user's password is never reset, and a demo user an administrator deleted does not come back.
 * The password is {@code RAADERUM_DEMO_PASSWORD}; without it, the public default, which {@link DemoPasswordWarning}
 * announces in the log and on the login page.
 */
@Component
class DemoUsers {

    static final String DEFAULT_PASSWORD = "raaderum-demo";
    private static final String CREATED = "demo_users_created";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record Demo(String username, String name, Role role, Integer municipality) {
    }

    static final Demo[] USERS = {
        new Demo("leder.vejen", "Leder, Jobcenter Vejen", Role.LEDER, 575),
        new Demo("politiker.vejen", "Udvalgsmedlem, Vejen", Role.POLITIKER, 575),
        new Demo("sagsbehandler.vejen", "Sagsbehandler, Jobcenter Vejen", Role.SAGSBEHANDLER, 575),
        new Demo("leder.aarhus", "Leder, Jobcenter Aarhus", Role.LEDER, 751),
        new Demo("analytiker.kl", "Analytiker, KL's netværk", Role.ANALYTIKER, null),
        new Demo("admin", "Administrator", Role.ADMINISTRATOR, null),
    };

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String password;

    DemoUsers(JdbcClient jdbc, PasswordEncoder encoder,
            @Value("${RAADERUM_DEMO_PASSWORD:" + DEFAULT_PASSWORD + "}") String password) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.password = password;
    }

    @EventListener
    void demoDataLoaded(DemoDataReady event) {
        boolean created = jdbc.sql("select exists (select 1 from installation_setting where key = ?)").param(CREATED)
                .query(Boolean.class).single();
        if (created) {
            return;
        }
        String hash = encoder.encode(password);
        for (Demo demo : USERS) {
            jdbc.sql("""
                    insert into app_user (username, display_name, password_hash, role, municipality_code)
                    values (?, ?, ?, ?, ?) on conflict (username) do nothing""")
                    .params(demo.username(), demo.name(), hash, demo.role().name(), demo.municipality()).update();
        }
        jdbc.sql("insert into installation_setting (key, value) values (?, 'ja') on conflict do nothing").param(CREATED)
                .update();
        log.info("Demobrugerne er oprettet ({} stk.); adgangskoden er RAADERUM_DEMO_PASSWORD{}", USERS.length,
                password.equals(DEFAULT_PASSWORD) ? " (ikke sat: standardadgangskoden!)" : "");
    }
}
