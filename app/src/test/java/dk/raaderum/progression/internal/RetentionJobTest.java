package dk.raaderum.progression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.progression.Assessment;
import dk.raaderum.security.AuditTrail;

@RaaderumIntegrationTest
class RetentionJobTest {

    private static final int HJOERRING = 860;

    @Autowired
    CitizenRepository repository;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private long citizen(String ref, String opened, String closed) {
        long id = repository.insert(HJOERRING, ref, new CitizenRepository.Fields(TargetGroup.SYGEMELDTE, "Team R", null,
                null, LocalDate.parse(opened), closed == null ? null : LocalDate.parse(closed), List.of("Et delmål")),
                false, "test", Instant.EPOCH);
        repository.saveAssessment(id, new Assessment(LocalDate.parse(opened), null, java.util.Map.of("motivation", 3),
                java.util.Map.of()), java.util.Map.of(), "test", Instant.EPOCH);
        return id;
    }

    private RetentionJob on(String day) {
        Clock clock = Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(DanishFormat.COPENHAGEN).toInstant(),
                DanishFormat.COPENHAGEN);
        return new RetentionJob(repository, audit, transaction, clock, "P5Y");
    }

    private boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from progression_citizen where id = ?)").param(id)
                .query(Boolean.class).single();
    }

    @Test
    void the_job_deletes_records_five_years_after_the_case_closed_and_nothing_else_and_logs_each_deletion() {
        long longGone = citizen("R-1", "2016-01-04", "2019-03-01");
        long fiveYearsToTheDay = citizen("R-2", "2018-05-01", "2021-11-30");
        long dayLater = citizen("R-3", "2018-05-01", "2021-12-01");
        long open = citizen("R-4", "2015-01-05", null);

        // the day before the fifth anniversary of R-2's closing: only R-1 has expired
        assertThat(on("2026-11-29").deleteExpired()).containsExactly(longGone);
        assertThat(exists(longGone)).isFalse();
        assertThat(exists(fiveYearsToTheDay)).isTrue();

        assertThat(on("2026-11-30").deleteExpired()).containsExactly(fiveYearsToTheDay);
        assertThat(on("2026-11-30").deleteExpired()).as("running again finds nothing").isEmpty();
        assertThat(exists(dayLater)).isTrue();
        assertThat(exists(open)).isTrue();
        assertThat(jdbc.sql("select count(*) from progression_assessment where citizen_id in (?, ?)")
                .params(longGone, fiveYearsToTheDay).query(Long.class).single()).isZero();

        List<String> logged = jdbc.sql("""
                select target || ' | ' || detail from audit_event
                where username = 'system' and action = ? and municipality_code = ? order by id""")
                .params(RetentionJob.ACTION, HJOERRING).query(String.class).list();
        assertThat(logged).containsExactly(
                "borger " + longGone + " | sagen lukket 2019-03-01; frist P5Y efter lukning; slettet 2026-11-29",
                "borger " + fiveYearsToTheDay + " | sagen lukket 2021-11-30; frist P5Y efter lukning; slettet 2026-11-30");
        assertThat(String.join(" ", logged)).doesNotContain("R-1").doesNotContain("R-2");
    }
}
