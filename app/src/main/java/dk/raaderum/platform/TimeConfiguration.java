package dk.raaderum.platform;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now": every rule that depends on the date asks this {@link Clock}. Setting
 * {@code raaderum.now} (an ISO instant) fixes it, which the tests do so they never depend on today's date.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${raaderum.now:}") String fixed) {
        return fixed.isBlank() ? Clock.system(DanishFormat.COPENHAGEN)
                : Clock.fixed(Instant.parse(fixed), DanishFormat.COPENHAGEN);
    }
}
