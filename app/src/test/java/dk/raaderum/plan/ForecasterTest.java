package dk.raaderum.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ForecasterTest {

    private static final YearMonth START = YearMonth.of(2023, 1);

    private static List<MonthlyValue> of(double... values) {
        List<MonthlyValue> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(new MonthlyValue(START.plusMonths(i), values[i]));
        }
        return series;
    }

    @Test
    void a_short_series_gets_a_trend_and_the_hand_worked_prediction_interval() {
        // t = 0..5, y = 1 2 3 4 5 7: b = 20/17,5, a = 22/6 − 2,5 b, s² = 0,47619/4;
        // at t = 11: leverage = 1/6 + 8,5²/17,5, half width = t(0,90; 4) · √(s² (1 + leverage)) = 1,533206 · 0,793968
        Forecast f = Forecaster.forecast(of(1, 2, 3, 4, 5, 7), START.plusMonths(11)).orElseThrow();

        assertThat(f.seasonal()).isFalse();
        assertThat(f.basedOn()).isEqualTo(6);
        assertThat(f.value()).isCloseTo(13.380952, offset(1e-5));
        assertThat(f.upper() - f.value()).isCloseTo(1.217317, offset(1e-4));
        assertThat(f.value() - f.lower()).isCloseTo(1.217317, offset(1e-4));
    }

    @Test
    void two_years_of_data_with_a_december_peak_forecast_the_next_december_with_its_peak() {
        double[] values = new double[36];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + 0.5 * i + (i % 12 == 11 ? 10 : 0);
        }
        YearMonth nextDecember = START.plusMonths(47);

        Forecast f = Forecaster.forecast(of(values), nextDecember).orElseThrow();

        assertThat(f.seasonal()).isTrue();
        assertThat(f.value()).isCloseTo(100 + 0.5 * 47 + 10, offset(1e-6));
    }

    @Test
    void fewer_than_six_months_give_no_forecast_and_missing_months_do_not_count() {
        List<MonthlyValue> gaps = new ArrayList<>(of(1, 2, 3, 4, 5));
        gaps.add(new MonthlyValue(START.plusMonths(5), null));

        assertThat(Forecaster.forecast(gaps, START.plusMonths(12))).isEmpty();
    }

    @Test
    void only_the_last_36_months_are_fitted_so_an_old_break_in_the_series_is_forgotten() {
        // 12 months around 500, then 36 months on the exact line 100 + 2t (t = months since the window's start):
        // fitted on the window alone the forecast 12 months after the last (t = 47) is 100 + 2 · 47 = 194,
        // and an exact fit has an interval of no width
        double[] values = new double[48];
        for (int i = 0; i < 48; i++) {
            values[i] = i < 12 ? 500 + (i % 2 == 0 ? 40 : -40) : 100 + 2 * (i - 12);
        }

        Forecast f = Forecaster.forecast(of(values), START.plusMonths(59)).orElseThrow();

        assertThat(Forecaster.WINDOW).isEqualTo(36);
        assertThat(f.basedOn()).isEqualTo(36);
        assertThat(f.value()).isCloseTo(194, offset(1e-6));
        assertThat(f.upper() - f.lower()).isCloseTo(0, offset(1e-6));
    }

    @Test
    void the_window_is_the_newest_month_and_the_35_before_it() {
        // values in months 0..36 on a line: the newest is month 36, so month 0 (36 months before it) is left out
        double[] values = new double[37];
        for (int i = 0; i < values.length; i++) {
            values[i] = 10 + i;
        }
        assertThat(Forecaster.forecast(of(values), START.plusMonths(40)).orElseThrow().basedOn()).isEqualTo(36);
        assertThat(Forecaster.forecast(of(java.util.Arrays.copyOf(values, 36)), START.plusMonths(40)).orElseThrow()
                .basedOn()).isEqualTo(36);
    }

    @Test
    void a_season_needs_24_months_that_cover_every_calendar_month() {
        double[] values = new double[24];
        for (int i = 0; i < values.length; i++) {
            values[i] = 50 + i + (i % 12 == 6 ? 5 : 0);
        }
        assertThat(Forecaster.forecast(of(java.util.Arrays.copyOf(values, 23)), START.plusMonths(30)).orElseThrow()
                .seasonal()).isFalse();
        assertThat(Forecaster.forecast(of(values), START.plusMonths(30)).orElseThrow().seasonal()).isTrue();

        List<MonthlyValue> oddMonths = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (START.plusMonths(i).getMonthValue() != 5) {
                oddMonths.add(new MonthlyValue(START.plusMonths(i), 20.0 + i));
            }
        }
        // 30 months without any May: 27 values, 11 calendar months
        assertThat(oddMonths).hasSize(27);
        assertThat(Forecaster.forecast(oddMonths, START.plusMonths(35)).orElseThrow().seasonal()).isFalse();
    }

    @Test
    void a_january_peak_is_kept_apart_from_the_trend() {
        // 100 + t with 8 more every January, over three years; the next January (t = 36) is 100 + 36 + 8 = 144,
        // the following February (t = 37) 137
        double[] values = new double[36];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + i + (i % 12 == 0 ? 8 : 0);
        }
        assertThat(Forecaster.forecast(of(values), START.plusMonths(36)).orElseThrow().value())
                .isCloseTo(144, offset(1e-6));
        assertThat(Forecaster.forecast(of(values), START.plusMonths(37)).orElseThrow().value())
                .isCloseTo(137, offset(1e-6));
    }

    @Test
    void an_empty_series_or_one_of_only_missing_values_gives_no_forecast() {
        List<MonthlyValue> missing = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            missing.add(new MonthlyValue(START.plusMonths(i), null));
        }
        assertThat(Forecaster.forecast(List.of(), START.plusMonths(12))).isEmpty();
        assertThat(Forecaster.forecast(missing, START.plusMonths(12))).isEmpty();
    }
}
