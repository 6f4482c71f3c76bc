package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProgressionChangeTest {

    private static Assessment at(String date, Effort effort, Map<String, Integer> scores) {
        return new Assessment(LocalDate.parse(date), effort, scores, Map.of());
    }

    @Test
    void the_change_is_the_newest_assessment_minus_the_one_about_three_months_before() {
        List<Assessment> assessments = List.of(
                at("2026-02-02", Effort.MENTOR, Map.of("a", 2, "b", 3)),
                at("2026-05-04", Effort.VIRKSOMHEDSPRAKTIK, Map.of("a", 3, "b", 3, "c", 1)),
                at("2026-08-03", Effort.VIRKSOMHEDSPRAKTIK, Map.of("a", 4, "b", 2, "c", 3)));

        CitizenChange change = ProgressionChange.over(assessments, 3, LocalDate.parse("2026-11-30")).orElseThrow();

        // end 3 Aug; target 3 May; 4 May is one day off: a 4−3 = +1, b 2−3 = −1, c 3−1 = +2
        assertThat(change.from()).isEqualTo(LocalDate.parse("2026-05-04"));
        assertThat(change.to()).isEqualTo(LocalDate.parse("2026-08-03"));
        assertThat(change.change()).isEqualTo(Map.of("a", 1, "b", -1, "c", 2));
        assertThat(change.mean()).isEqualTo(2.0 / 3);
        assertThat(change.progressed()).isTrue();
        assertThat(change.effort()).isEqualTo(Effort.VIRKSOMHEDSPRAKTIK); // the effort during the interval
    }

    @Test
    void over_six_months_the_start_is_the_assessment_nearest_six_months_before() {
        List<Assessment> assessments = List.of(
                at("2026-02-02", Effort.MENTOR, Map.of("a", 2)),
                at("2026-05-04", Effort.MENTOR, Map.of("a", 3)),
                at("2026-08-03", Effort.MENTOR, Map.of("a", 4)));

        CitizenChange change = ProgressionChange.over(assessments, 6, LocalDate.parse("2026-11-30")).orElseThrow();

        assertThat(change.from()).isEqualTo(LocalDate.parse("2026-02-02"));
        assertThat(change.change()).containsEntry("a", 2);
    }

    @Test
    void a_dimension_not_assessed_at_both_times_is_left_out_and_no_common_dimension_means_no_change() {
        List<Assessment> assessments = List.of(at("2026-05-01", null, Map.of("a", 2)),
                at("2026-08-01", null, Map.of("b", 4)));

        assertThat(ProgressionChange.over(assessments, 3, LocalDate.parse("2026-11-30"))).isEmpty();
    }

    @Test
    void an_earlier_assessment_more_than_45_days_from_the_target_gives_no_change() {
        // end 1 Aug, target 1 May; 10 Mar is 52 days before it
        List<Assessment> assessments = List.of(at("2026-03-10", null, Map.of("a", 2)),
                at("2026-08-01", null, Map.of("a", 4)));

        assertThat(ProgressionChange.over(assessments, 3, LocalDate.parse("2026-11-30"))).isEmpty();
    }

    @Test
    void a_citizen_not_assessed_for_a_year_is_not_counted_and_later_assessments_are_ignored() {
        List<Assessment> old = List.of(at("2025-06-01", null, Map.of("a", 2)), at("2025-09-01", null, Map.of("a", 3)));
        assertThat(ProgressionChange.over(old, 3, LocalDate.parse("2026-11-30"))).isEmpty();

        List<Assessment> withFuture = List.of(at("2026-05-01", null, Map.of("a", 2)),
                at("2026-08-01", null, Map.of("a", 3)), at("2026-12-15", null, Map.of("a", 5)));
        assertThat(ProgressionChange.over(withFuture, 3, LocalDate.parse("2026-11-30")).orElseThrow().change())
                .containsEntry("a", 1);
    }

    @Test
    void no_change_in_scores_is_not_progress() {
        List<Assessment> same = List.of(at("2026-05-01", null, Map.of("a", 3)), at("2026-08-01", null, Map.of("a", 3)));
        assertThat(ProgressionChange.over(same, 3, LocalDate.parse("2026-11-30")).orElseThrow().progressed()).isFalse();
    }
}
