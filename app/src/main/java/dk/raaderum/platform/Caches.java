package dk.raaderum.platform;

import java.time.Duration;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;

/** A module's own Caffeine cache: declare {@code @Bean CacheManagerCustomizer<…> x() { return Caches.of(…); }}. */
public final class Caches {

    private Caches() {
    }

    /** A cache of at most {@code size} entries, each dropped when unread for {@code idle}; with hit statistics for the metrics. */
    public static CacheManagerCustomizer<CaffeineCacheManager> of(String name, long size, Duration idle) {
        return manager -> manager.registerCustomCache(name,
                Caffeine.newBuilder().maximumSize(size).expireAfterAccess(idle).recordStats().build());
    }

    /** A cache of at most {@code maxBytes} ({@code bytes} gives an entry's size), each dropped {@code ttl} after it was written. */
    public static CacheManagerCustomizer<CaffeineCacheManager> ofBytes(String name, long maxBytes,
            ToIntFunction<Object> bytes, Duration ttl) {
        return manager -> manager.registerCustomCache(name, Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Object key, Object value) -> bytes.applyAsInt(value)).expireAfterWrite(ttl).recordStats().build());
    }
}
