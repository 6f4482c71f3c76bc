package dk.raaderum.security.internal;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Says loudly, in the log and on the login page ({@code @demoPasswordWarning.active}), when a demo user that can
 * log in still has the public default password.
 */
@Component("demoPasswordWarning")
class DemoPasswordWarning {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordWarning.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private volatile boolean active;

    DemoPasswordWarning(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        String[] names = Arrays.stream(DemoUsers.USERS).map(DemoUsers.Demo::username).toArray(String[]::new);
        active = jdbc.sql("select password_hash from app_user where enabled and password_hash is not null "
                + "and username = any(:names)").param("names", names).query(String.class).list().stream()
                .anyMatch(hash -> encoder.matches(DemoUsers.DEFAULT_PASSWORD, hash));
        if (active) {
            log.warn("""

                    ************************************************************************************
                    *  ADVARSEL: demobrugerne (admin, leder.vejen, …) har standardadgangskoden          *
                    *  '{}'. Alle, der kan nå serveren, kan logge ind. Sæt RAADERUM_DEMO_PASSWORD ved  *
                    *  første start, skift adgangskoderne under Brugere, eller start med RAADERUM_DEMO=false. *
                    ************************************************************************************""",
                    DemoUsers.DEFAULT_PASSWORD);
        }
    }

    /** Re-checks after a password was changed. */
    void recheck() {
        check();
    }

    public boolean active() {
        return active;
    }
}
