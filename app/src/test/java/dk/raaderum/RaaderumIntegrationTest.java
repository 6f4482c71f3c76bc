package dk.raaderum;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real (embedded) PostgreSQL in a fresh folder under {@code target/it-home} for each
 * test run, with the shipped data.
 * All integration tests share this one configuration, so Spring starts it once per test run; after each test class
 * {@link DatabaseIsolation} puts back what the class changed in the database, so no class sees another's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "raaderum.home=target/it-home/${random.uuid}",
    "RAADERUM_DB_URL=",
    "raaderum.demo-register.persons=0",
    "raaderum.now=2026-11-30T10:00:00Z",
    "raaderum.benchmark.conditions=classpath:benchmark/test-conditions.csv",
    "RAADERUM_DEMO_PASSWORD=" + RaaderumIntegrationTest.DEMO_PASSWORD})
@AutoConfigureMockMvc
@ExtendWith(DatabaseIsolation.class)
public @interface RaaderumIntegrationTest {

    String DEMO_PASSWORD = "test-adgangskode-42";
}
