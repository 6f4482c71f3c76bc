package dk.raaderum.platform;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cache with Caffeine. Each module registers its own caches (size, expiry) with a
 * {@code CacheManagerCustomizer}; keys carry the data's version stamp, so a new import makes old entries
 * unreachable and they age out.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {
}
