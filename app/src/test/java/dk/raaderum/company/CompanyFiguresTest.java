package dk.raaderum.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.raaderum.company.CompanyFigures.Inquiry;
import dk.raaderum.company.CompanyFigures.Placement;
import dk.raaderum.company.CompanyFigures.Split;

class CompanyFiguresTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private static Placement p(String cvr, PlacementKind kind, Sector sector, String start, String end,
            PlacementOutcome outcome, String outcomeOn) {
        return new Placement(cvr, kind, sector, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                outcome, outcomeOn == null ? null : LocalDate.parse(outcomeOn));
    }

    private static Inquiry q(String received, String answered) {
        return new Inquiry(LocalDateTime.parse(received), answered == null ? null : LocalDateTime.parse(answered));
    }

    @Test
    void a_company_collaborates_in_a_month_when_an_effort_runs_there_and_is_counted_once() {
        List<Placement> placements = List.of(
                p("1", PlacementKind.VIRKSOMHEDSPRAKTIK, Sector.PRIVAT, "2026-02-10", "2026-03-05", null, null),
                p("1", PlacementKind.LOENTILSKUD, Sector.PRIVAT, "2026-03-20", null, null, null),
                p("2", PlacementKind.FLEKSJOB, Sector.OFFENTLIG, "2025-01-01", "2026-02-28", null, null),
                p("3", PlacementKind.ORDINAERT_JOB, Sector.PRIVAT, "2026-03-01", null, null, null),
                p("4", PlacementKind.VIRKSOMHEDSPRAKTIK, Sector.PRIVAT, "2026-04-01", null, null, null));

        // March: company 1 (two efforts, once); 2 ended in February; 3 is an ordinary job; 4 starts in April
        assertThat(CompanyFigures.collaborating(placements, MARCH, APRIL)).isEqualTo(1);
        // started in March: only company 1's løntilskud (the ordinary job is not an effort)
        assertThat(CompanyFigures.started(placements, MARCH, APRIL)).isEqualTo(new Split(1, 1));
    }

    @Test
    void efforts_are_followed_six_months_after_the_period_and_count_work_within_six_months_of_their_end() {
        List<Placement> placements = List.of(
                p("1", PlacementKind.VIRKSOMHEDSPRAKTIK, Sector.PRIVAT, "2026-01-05", "2026-03-10",
                        PlacementOutcome.JOB, "2026-05-01"),
                p("2", PlacementKind.LOENTILSKUD, Sector.PRIVAT, "2025-10-01", "2026-03-31",
                        PlacementOutcome.UDDANNELSE, "2026-10-01"), // one day past six months
                p("3", PlacementKind.FLEKSJOB, Sector.PRIVAT, "2025-10-01", "2026-03-15", PlacementOutcome.INGEN, null));

        assertThat(CompanyFigures.followed(placements, MARCH, APRIL, LocalDate.of(2026, 9, 30)))
                .as("March's last day plus six months is 30 Sep").hasValue(new Split(3, 1));
        assertThat(CompanyFigures.followed(placements, MARCH, APRIL, LocalDate.of(2026, 9, 29))).isEmpty();
    }

    @Test
    void the_median_answer_time_counts_an_unanswered_inquiry_as_the_slowest() {
        List<Inquiry> three = List.of(q("2026-03-02T09:00", "2026-03-03T09:00"), // 1 day
                q("2026-03-03T09:00", "2026-03-03T21:00"), // 0.5 days
                q("2026-03-04T09:00", null));
        // sorted: 0.5, 1, ∞ → the middle is 1
        assertThat(CompanyFigures.medianAnswerDays(three, MARCH, APRIL)).hasValue(1.0);

        List<Inquiry> four = List.of(q("2026-03-02T09:00", "2026-03-03T09:00"), q("2026-03-03T09:00", "2026-03-06T09:00"),
                q("2026-03-04T09:00", "2026-03-04T15:00"), q("2026-03-05T09:00", null));
        // sorted: 0.25, 1, 3, ∞ → (1 + 3) / 2 = 2
        assertThat(CompanyFigures.medianAnswerDays(four, MARCH, APRIL)).hasValue(2.0);

        List<Inquiry> halfOpen = List.of(q("2026-03-02T09:00", "2026-03-03T09:00"), q("2026-03-05T09:00", null));
        // 1, ∞ → the median is (1 + ∞) / 2: unknown
        assertThat(CompanyFigures.medianAnswerDays(halfOpen, MARCH, APRIL)).isEmpty();
        assertThat(CompanyFigures.medianAnswerDays(List.of(), MARCH, APRIL)).isEmpty();
    }

    @Test
    void within_the_service_level_counts_only_inquiries_whose_outcome_is_known() {
        List<Inquiry> inquiries = List.of(q("2026-03-02T09:00", "2026-03-03T09:00"), // 1 day: in time
                q("2026-03-02T09:00", "2026-03-05T09:00"), // 3 days: late
                q("2026-03-10T09:00", null), // unanswered, deadline passed: late
                q("2026-03-31T09:00", null)); // unanswered, deadline not yet passed: not counted
        Split s = CompanyFigures.withinServiceLevel(inquiries, MARCH, APRIL, 2, LocalDateTime.parse("2026-04-01T12:00"));
        assertThat(s).isEqualTo(new Split(3, 1));
    }
}
