package dk.raaderum;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application. Started by {@code ./raaderum serve} (see {@link dk.raaderum.cli.RaaderumCli})
 * or by the tests.
 */
@SpringBootApplication
public class RaaderumApplication {
}
