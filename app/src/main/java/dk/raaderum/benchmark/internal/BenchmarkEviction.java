package dk.raaderum.benchmark.internal;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.raaderum.importing.IndicatorsImported;

/**
 * Empties the benchmark cache once an import in this process has committed. The entries are keyed on the data's
 * version, so they could not be read after the import anyway; this frees them at once instead of when they age out.
 */
@Component
class BenchmarkEviction {

    private final Cache cache;

    BenchmarkEviction(CacheManager caches) {
        this.cache = caches.getCache(BenchmarkService.CACHE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterImport(IndicatorsImported imported) {
        cache.clear();
    }
}
