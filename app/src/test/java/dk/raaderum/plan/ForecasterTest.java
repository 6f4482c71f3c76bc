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
}
