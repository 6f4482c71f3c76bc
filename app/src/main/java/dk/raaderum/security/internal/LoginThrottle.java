package dk.raaderum.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dk.raaderum.security.AuditTrail;

/**
 * Slows down password guessing, with Bucket4j token buckets and counters that expire:
 * <ul>
 * <li>each address may fail {@code perAddress} logins per five minutes, whatever the account (API clients log in
 * on every request, so only failures count);</li>
 * <li>an account and address pair is locked for {@link #LOCK} after {@code failuresBeforeLock} failures;</li>
 * <li>an account guessed at from many addresses ({@code failuresPerAccount} failures in a quarter of an hour) locks
 * each further failing address at its first failure.</li>
 * </ul>
 * The right password from an address that has not failed still works, so an attacker cannot lock the owner out.
 */
@Component
class LoginThrottle {

    static final Duration LOCK = Duration.ofMinutes(15);

    /** Whether a login attempt may go ahead. */
    sealed interface Decision {
        record Allowed() implements Decision {
        }

        record Locked(Instant until) implements Decision {
        }

        record TooManyFromAddress() implements Decision {
        }
    }

    private record Pair(String account, String address) {
    }

    private final Cache<String, Bucket> addresses = Caffeine.newBuilder().expireAfterAccess(10, TimeUnit.MINUTES)
            .maximumSize(100_000).build();
    private final Cache<Pair, AtomicInteger> failures = Caffeine.newBuilder().expireAfterWrite(LOCK)
            .maximumSize(100_000).build();
    private final Cache<Pair, Instant> locked = Caffeine.newBuilder().expireAfterWrite(LOCK).maximumSize(100_000).build();
    private final Cache<String, Bucket> accounts = Caffeine.newBuilder().expireAfterAccess(1, TimeUnit.HOURS)
            .maximumSize(100_000).build();
    private final int perAddress;
    private final int failuresBeforeLock;
    private final int failuresPerAccount;
    private final AuditTrail audit;
    private final Clock clock;

    LoginThrottle(@Value("${raaderum.login.attempts-per-address:30}") int perAddress,
            @Value("${raaderum.login.failures-before-lock:5}") int failuresBeforeLock,
            @Value("${raaderum.login.failures-per-account:20}") int failuresPerAccount, AuditTrail audit, Clock clock) {
        this.perAddress = perAddress;
        this.failuresBeforeLock = failuresBeforeLock;
        this.failuresPerAccount = failuresPerAccount;
        this.audit = audit;
        this.clock = clock;
    }

    /** Called before the password is checked. */
    Decision attempt(String account, String address) {
        Instant until = locked.getIfPresent(new Pair(key(account), address));
        if (until != null) {
            return new Decision.Locked(until);
        }
        return addressBucket(address).getAvailableTokens() > 0 ? new Decision.Allowed()
                : new Decision.TooManyFromAddress();
    }

    void failed(String account, String address) {
        addressBucket(address).tryConsume(1);
        Pair pair = new Pair(key(account), address);
        int count = failures.get(pair, p -> new AtomicInteger()).incrementAndGet();
        Bucket perAccount = accounts.get(pair.account(), a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(failuresPerAccount).refillGreedy(failuresPerAccount,
                        Duration.ofMinutes(15))).build());
        boolean accountUnderAttack = !perAccount.tryConsume(1);
        if (count >= failuresBeforeLock || accountUnderAttack) {
            Instant until = clock.instant().plus(LOCK);
            locked.put(pair, until);
            failures.invalidate(pair);
            audit.record(account, null, "login", "raaderum", "låst", "for mange forkerte forsøg fra " + address
                    + (accountUnderAttack ? " (kontoen forsøges fra mange adresser)" : "") + "; låst i 15 minutter");
        }
    }

    private Bucket addressBucket(String address) {
        return addresses.get(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perAddress).refillGreedy(perAddress, Duration.ofMinutes(5))).build());
    }

    void succeeded(String account, String address) {
        failures.invalidate(new Pair(key(account), address));
    }

    Optional<Instant> lockedUntil(String account, String address) {
        return Optional.ofNullable(locked.getIfPresent(new Pair(key(account), address)));
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
