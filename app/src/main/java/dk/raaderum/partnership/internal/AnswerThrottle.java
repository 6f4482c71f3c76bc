package dk.raaderum.partnership.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds code guessing on the answer page and API: each address may try {@code failures} unknown codes per ten
 * minutes (Bucket4j); after that every attempt from it is refused until the bucket refills. Right codes cost nothing,
 * so a whole office behind one address can answer.
 */
@Component
class AnswerThrottle {

    private final Cache<String, Bucket> addresses = Caffeine.newBuilder().expireAfterAccess(20, TimeUnit.MINUTES)
            .maximumSize(100_000).build();
    private final int failures;

    AnswerThrottle(@Value("${raaderum.answers.failures-per-address:30}") int failures) {
        this.failures = failures;
    }

    boolean allows(String address) {
        return bucket(address).getAvailableTokens() > 0;
    }

    void failed(String address) {
        bucket(address).tryConsume(1);
    }

    private Bucket bucket(String address) {
        return addresses.get(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, Duration.ofMinutes(10))).build());
    }
}
