package dk.raaderum.indicator.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.indicator.DataVersion;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.platform.Caches;
import dk.raaderum.platform.ReadThrough;

/**
 * The catalogue: shipped definitions are written to the database at start, imports may add more. Read once per
 * data version: an import defines its indicators in the transaction that writes its {@code data_import} row, so
 * an indicator defined by a command-line import in another process is read at the next request.
 */
@Service
class JdbcIndicatorCatalog implements IndicatorCatalog {

    static final String CACHE = "indicator-catalogue";

    private final IndicatorRows rows;
    private final DataVersion version;
    private final Cache cache;

    /** The catalogue as read at one data version, in catalogue order and by id. */
    private record Snapshot(List<Indicator> all, Map<String, Indicator> byId) {
        static Snapshot of(List<Indicator> all) {
            return new Snapshot(List.copyOf(all),
                    all.stream().collect(Collectors.toUnmodifiableMap(Indicator::id, Function.identity())));
        }
    }

    JdbcIndicatorCatalog(IndicatorRows rows, DataVersion version, CacheManager caches) {
        this.rows = rows;
        this.version = version;
        this.cache = caches.getCache(CACHE);
        List<Indicator> shipped = CatalogFile.read().indicators();
        shipped.forEach(rows::upsert);
        rows.linkFractions(shipped);
    }

    private Snapshot snapshot() {
        return ReadThrough.get(cache, version.current(), () -> Snapshot.of(rows.all()));
    }

    @Override
    public List<Indicator> all() {
        return snapshot().all();
    }

    @Override
    public List<Indicator> published() {
        return snapshot().all().stream().filter(Indicator::published).toList();
    }

    @Override
    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(snapshot().byId().get(id));
    }

    @Override
    @Transactional
    public void define(Indicator indicator) {
        rows.upsert(indicator);
        rows.linkFractions(List.of(indicator));
        ReadThrough.clear(cache); // a definition outside an import does not change the stamp
    }

    Map<String, Indicator> asMap() {
        return snapshot().byId();
    }

    @Configuration(proxyBeanMethods = false)
    static class CatalogueCache {
        @Bean
        CacheManagerCustomizer<CaffeineCacheManager> indicatorCatalogueCache() {
            return Caches.of(CACHE, 8, Duration.ofHours(1));
        }
    }
}
