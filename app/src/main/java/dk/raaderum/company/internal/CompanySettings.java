package dk.raaderum.company.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.platform.FreeText;
import dk.raaderum.security.AuditTrail;

/** What the leder sets: the service level for answering companies and the municipality's number of companies. */
@Service
class CompanySettings {

    private final CompanyRepository repository;
    private final CompanyMetrics metrics;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    CompanySettings(CompanyRepository repository, CompanyMetrics metrics, TransactionTemplate transaction,
            AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.metrics = metrics;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why the level was refused, or empty when it is set (and the metrics recomputed). */
    Optional<String> setServiceLevel(int code, Double days, String user) {
        if (days == null || !(days > 0) || days > 90) {
            return Optional.of("Serviceniveauet skal være et antal dage over 0 og højst 90");
        }
        transaction.executeWithoutResult(status -> {
            repository.setServiceLevel(code, days, user, clock.instant());
            metrics.recompute(code, user);
        });
        audit.record(user, code, "ændr", "serviceniveau for virksomheder", "ok", days + " dage");
        return Optional.empty();
    }

    Optional<String> setPopulation(int code, int year, Integer companies, String sourceText, String user) {
        String source = FreeText.trimmed(sourceText);
        if (companies == null || companies < 1 || companies > 200_000 || year < 2000 || year > 2100) {
            return Optional.of("Antallet af virksomheder skal være mellem 1 og 200.000, og året mellem 2000 og 2100");
        }
        if (source == null || FreeText.problem("Kilden", source, 200).isPresent()) {
            return Optional.of("Angiv kilden til antallet (højst 200 tegn, intet CPR-nummer)");
        }
        transaction.executeWithoutResult(status -> {
            repository.setPopulation(code, year, companies, source);
            metrics.recompute(code, user);
        });
        audit.record(user, code, "ændr", "antal virksomheder " + year, "ok", companies + " (" + source + ")");
        return Optional.empty();
    }
}
