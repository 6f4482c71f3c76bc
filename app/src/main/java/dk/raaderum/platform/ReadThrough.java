package dk.raaderum.platform;

import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads through a cache, except inside a transaction that may write (an import): what it reads is not yet
 * committed, and must neither be shared with other requests nor be taken from before the change.
 */
public final class ReadThrough {

    private ReadThrough() {
    }

    public static <T> T get(Cache cache, Object key, Supplier<T> load) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return load.get();
        }
        try {
            return cache.get(key, load::get);
        } catch (Cache.ValueRetrievalException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Empties the cache now and, inside a transaction, once more after it commits: between the two another
     * request may have cached what was committed before.
     */
    public static void clear(Cache cache) {
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.clear();
                }
            });
        }
    }
}
