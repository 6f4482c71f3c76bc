package dk.raaderum.progression.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.security.AuditTrail;

/**
 * Deletes a citizen's record a fixed time after the case closed ({@code raaderum.progression.retention}, an ISO
 * period, by default {@value #DEFAULT} — see the README for why), at start and every night. Each deletion is an audit
 * event that names only the record's internal id and the dates; the record itself, with its case reference, is gone.
 * Records whose case has not closed are never touched.
 */
@Component
class RetentionJob implements ApplicationRunner {

    static final String DEFAULT = "P5Y";
    static final String ACTION = "slet personoplysninger (opbevaringsfrist)";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final CitizenRepository repository;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Period retention;

    RetentionJob(CitizenRepository repository, AuditTrail audit, TransactionTemplate transaction, Clock clock,
            @Value("${raaderum.progression.retention:" + DEFAULT + "}") String retention) {
        this.repository = repository;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.retention = Period.parse(retention);
        if (this.retention.isNegative() || this.retention.isZero()) {
            throw new IllegalArgumentException("raaderum.progression.retention skal være en positiv periode, fx P5Y");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        deleteExpired();
    }

    @Scheduled(cron = "0 30 1 * * *", zone = "Europe/Copenhagen")
    void nightly() {
        deleteExpired();
    }

    /** The ids deleted: every record whose case closed on or before today minus the retention period. */
    List<Long> deleteExpired() {
        LocalDate today = DanishFormat.today(clock);
        LocalDate lastKept = today.minus(retention);
        return transaction.execute(status -> repository.closedOnOrBefore(lastKept).stream().map(e -> {
            repository.delete(e.municipality(), e.id());
            audit.record("system", e.municipality(), ACTION, CitizenRecords.target(e.id()), "ok",
                    "sagen lukket " + e.closedOn() + "; frist " + retention + " efter lukning; slettet " + today);
            log.info("Opbevaringsfristen er udløbet: borger {} i kommune {} er slettet (sagen lukket {})", e.id(),
                    e.municipality(), e.closedOn());
            return e.id();
        }).toList());
    }
}
