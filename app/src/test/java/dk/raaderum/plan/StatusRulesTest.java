package dk.raaderum.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

class StatusRulesTest {

    private static final YearMonth START = YearMonth.of(2024, 1);

    /** {@code months} monthly values from January 2024, value i given by {@code value}. */
    private static List<MonthlyValue> series(int months, IntFunction<Double> value) {
        List<MonthlyValue> series = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            series.add(new MonthlyValue(START.plusMonths(i), value.apply(i)));
        }
        return series;
    }

    private static GoalTerms fewer(double target, YearMonth deadline) {
        return new GoalTerms(target, Direction.NED, deadline, "fuldtidspersoner", 0);
    }

    private static YearMonth monthOf(int index) {
        return START.plusMonths(index);
    }

    @Test
    void a_goal_without_data_has_status_ingen_data() {
        Assessment none = StatusRules.assess(fewer(100, monthOf(30)), series(24, i -> null), monthOf(24));
        Assessment empty = StatusRules.assess(fewer(100, monthOf(30)), List.of(), monthOf(24));

        assertThat(none.status()).isEqualTo(GoalStatus.INGEN_DATA);
        assertThat(empty.status()).isEqualTo(GoalStatus.INGEN_DATA);
        assertThat(none.latest()).isNull();
        assertThat(none.reasoning()).contains("ingen tal");
    }

    @Test
    void a_goal_whose_newest_figure_is_more_than_a_year_old_has_status_ingen_data_even_if_it_met_the_target() {
        Assessment stale = StatusRules.assess(fewer(100, monthOf(40)), series(12, i -> 50.0), monthOf(25));

        assertThat(stale.status()).isEqualTo(GoalStatus.INGEN_DATA);
        assertThat(stale.reasoning()).contains("dec. 2024");
    }

    @Test
    void a_goal_whose_target_is_already_met_is_paa_sporet() {
        Assessment met = StatusRules.assess(fewer(95, monthOf(30)), series(12, i -> 100.0 - i), monthOf(12));
        Assessment higherIsBetter = StatusRules.assess(new GoalTerms(60, Direction.OP, monthOf(30), "pct.", 1),
                series(12, i -> 61.5), monthOf(12));

        assertThat(met.status()).isEqualTo(GoalStatus.PAA_SPOR);
        assertThat(met.reasoning()).contains("89 fuldtidspersoner", "opfylder allerede");
        assertThat(higherIsBetter.status()).isEqualTo(GoalStatus.PAA_SPOR);
        assertThat(higherIsBetter.reasoning()).contains("61,5 pct.");
    }

    @Test
    void a_goal_is_judged_on_its_deadline_value_once_the_deadline_has_data() {
        List<MonthlyValue> data = series(24, i -> i == 12 ? 120.0 : 90.0);

        assertThat(StatusRules.assess(fewer(100, monthOf(12)), data, monthOf(23)).status())
                .isEqualTo(GoalStatus.IKKE_PAA_SPOR);
        assertThat(StatusRules.assess(fewer(100, monthOf(11)), data, monthOf(23)).status())
                .isEqualTo(GoalStatus.PAA_SPOR);
    }

    @Test
    void a_steady_trend_that_reaches_the_target_in_time_is_paa_sporet() {
        // 200, 198, …, 178: exactly linear, so the interval has no width; month 23 is forecast as 154
        Assessment a = StatusRules.assess(fewer(160, monthOf(23)), series(12, i -> 200.0 - 2 * i), monthOf(11));

        assertThat(a.status()).isEqualTo(GoalStatus.PAA_SPOR);
        assertThat(a.forecast().value()).isCloseTo(154, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.reasoning()).contains("154 fuldtidspersoner", "dec. 2025");
    }

    @Test
    void a_trend_that_ends_far_from_the_target_is_ikke_paa_sporet() {
        Assessment a = StatusRules.assess(fewer(100, monthOf(23)),
                series(12, i -> 200.0 - 0.5 * i + (i % 2 == 0 ? 1 : -1)), monthOf(11));

        assertThat(a.status()).isEqualTo(GoalStatus.IKKE_PAA_SPOR);
        assertThat(a.forecast().lower()).isGreaterThan(100);
    }

    @Test
    void a_forecast_that_reaches_the_target_while_its_interval_does_not_is_i_risiko() {
        List<MonthlyValue> noisy = series(12, i -> 200.0 - 2 * i + (i % 3 == 0 ? 6 : -3));
        Forecast f = Forecaster.forecast(noisy, monthOf(23)).orElseThrow();

        Assessment justReached = StatusRules.assess(fewer(f.value() + 0.5, monthOf(23)), noisy, monthOf(11));
        Assessment justMissed = StatusRules.assess(fewer(f.value() - 0.5, monthOf(23)), noisy, monthOf(11));

        assertThat(f.upper() - f.value()).isGreaterThan(0.5);
        assertThat(justReached.status()).isEqualTo(GoalStatus.I_RISIKO);
        assertThat(justReached.reasoning()).contains("usikre ende");
        assertThat(justMissed.status()).isEqualTo(GoalStatus.I_RISIKO);
        assertThat(justMissed.reasoning()).contains("inden for intervallet");
    }

    @Test
    void a_goal_not_yet_met_with_too_few_months_for_a_forecast_is_i_risiko() {
        Assessment a = StatusRules.assess(fewer(50, monthOf(23)), series(5, i -> 100.0 - i), monthOf(4));

        assertThat(a.status()).isEqualTo(GoalStatus.I_RISIKO);
        assertThat(a.forecast()).isNull();
        assertThat(a.reasoning()).contains("for få måneder");
    }

    @Test
    void values_after_the_assessment_month_are_not_used() {
        List<MonthlyValue> data = series(24, i -> i < 12 ? 200.0 : 50.0);

        Assessment asOfYearOne = StatusRules.assess(fewer(100, monthOf(30)), data, monthOf(11));

        assertThat(asOfYearOne.latest().month()).isEqualTo(monthOf(11));
        assertThat(asOfYearOne.status()).isNotEqualTo(GoalStatus.PAA_SPOR);
    }

    /** {@code months} values of {@code value}, the last one in month {@code last}. */
    private static List<MonthlyValue> endingIn(YearMonth last, int months, double value) {
        List<MonthlyValue> series = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            series.add(new MonthlyValue(last.minusMonths(i), value));
        }
        return series;
    }

    @Test
    void a_newest_figure_exactly_twelve_months_old_still_counts_and_one_thirteen_months_old_does_not() {
        // assessed in January 2026: January 2025 is 12 months back (still followed), December 2024 is 13
        YearMonth asOf = YearMonth.of(2026, 1);
        GoalTerms goal = fewer(100, YearMonth.of(2026, 12));

        Assessment twelve = StatusRules.assess(goal, endingIn(YearMonth.of(2025, 1), 6, 50), asOf);
        Assessment thirteen = StatusRules.assess(goal, endingIn(YearMonth.of(2024, 12), 6, 50), asOf);

        assertThat(twelve.status()).isEqualTo(GoalStatus.PAA_SPOR);
        assertThat(twelve.reasoning()).contains("opfylder allerede");
        assertThat(thirteen.status()).isEqualTo(GoalStatus.INGEN_DATA);
        assertThat(thirteen.latest().month()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(thirteen.reasoning()).contains("mere end et år gammelt");
        assertThat(StatusRules.STALE_AFTER_MONTHS).isEqualTo(12);
    }

    @Test
    void missing_values_at_the_end_of_the_series_are_skipped_when_finding_the_newest_figure() {
        List<MonthlyValue> data = new ArrayList<>(series(6, i -> 90.0));
        data.add(new MonthlyValue(monthOf(6), null));

        Assessment a = StatusRules.assess(fewer(100, monthOf(30)), data, monthOf(6));

        assertThat(a.latest().month()).isEqualTo(monthOf(5));
        assertThat(a.status()).isEqualTo(GoalStatus.PAA_SPOR);
    }

    @Test
    void the_deadline_value_is_reported_in_the_reasoning_whether_it_met_the_target_or_not() {
        List<MonthlyValue> data = series(24, i -> i == 12 ? 120.0 : 90.0);

        Assessment missed = StatusRules.assess(fewer(100, monthOf(12)), data, monthOf(23));
        Assessment met = StatusRules.assess(fewer(100, monthOf(11)), data, monthOf(23));

        assertThat(missed.reasoning()).isEqualTo("Målet blev ikke nået: 120 fuldtidspersoner i jan. 2025 mod målet "
                + "100 fuldtidspersoner.");
        assertThat(met.reasoning()).isEqualTo("Målet blev nået: 90 fuldtidspersoner i dec. 2024 mod målet "
                + "100 fuldtidspersoner.");
        assertThat(missed.forecast()).isNull();
        assertThat(missed.latest().month()).isEqualTo(monthOf(23));
    }

    @Test
    void exactly_reaching_the_target_counts_as_meeting_it() {
        Assessment a = StatusRules.assess(fewer(89, monthOf(30)), series(12, i -> 100.0 - i), monthOf(11));

        assertThat(a.status()).isEqualTo(GoalStatus.PAA_SPOR); // the newest value is 100 − 11 = 89
    }

    @Test
    void a_unit_ending_in_a_full_stop_gets_no_second_one() {
        Assessment a = StatusRules.assess(new GoalTerms(60, Direction.OP, monthOf(30), "pct.", 1),
                series(12, i -> 61.5), monthOf(11));

        assertThat(a.reasoning()).endsWith("målet på 60,0 pct.").doesNotContain("..");
    }

    @Test
    void for_a_goal_where_higher_is_better_the_lower_end_of_the_interval_is_the_uncertain_one() {
        // rising, noisy: the forecast has an interval of some width around its value
        List<MonthlyValue> noisy = series(12, i -> 100.0 + 2 * i + (i % 3 == 0 ? 6 : -3));
        Forecast f = Forecaster.forecast(noisy, monthOf(23)).orElseThrow();
        assertThat(f.value() - f.lower()).isGreaterThan(1);

        Assessment wholeInterval = StatusRules.assess(higher(f.lower() - 0.5), noisy, monthOf(11));
        Assessment lowerEndMisses = StatusRules.assess(higher(f.lower() + 0.5), noisy, monthOf(11));
        Assessment upperEndReaches = StatusRules.assess(higher(f.upper() - 0.5), noisy, monthOf(11));
        Assessment outside = StatusRules.assess(higher(f.upper() + 0.5), noisy, monthOf(11));

        assertThat(wholeInterval.status()).isEqualTo(GoalStatus.PAA_SPOR);
        assertThat(wholeInterval.reasoning()).contains("Hele intervallet når målet");
        assertThat(lowerEndMisses.status()).isEqualTo(GoalStatus.I_RISIKO);
        assertThat(lowerEndMisses.reasoning()).contains("usikre ende");
        assertThat(upperEndReaches.status()).isEqualTo(GoalStatus.I_RISIKO);
        assertThat(upperEndReaches.reasoning()).contains("inden for intervallet");
        assertThat(outside.status()).isEqualTo(GoalStatus.IKKE_PAA_SPOR);
        assertThat(outside.reasoning()).contains("Hele intervallet ligger uden for målet");
        assertThat(outside.forecast()).isEqualTo(f);
    }

    @Test
    void the_reasoning_names_the_level_of_the_interval_and_says_when_the_forecast_has_a_season() {
        Assessment plain = StatusRules.assess(fewer(160, monthOf(23)), series(12, i -> 200.0 - 2 * i), monthOf(11));
        Assessment seasonal = StatusRules.assess(fewer(100, monthOf(35)),
                series(24, i -> 200.0 - i + (i % 12 == 11 ? 10 : 0)), monthOf(23));

        assertThat(plain.reasoning()).contains("Udviklingen peger på", "med 80 % sandsynlighed mellem");
        assertThat(seasonal.forecast().seasonal()).isTrue();
        assertThat(seasonal.reasoning()).contains("Udviklingen med sæsonudsving peger på");
    }

    private static GoalTerms higher(double target) {
        return new GoalTerms(target, Direction.OP, monthOf(23), "pct.", 1);
    }
}
