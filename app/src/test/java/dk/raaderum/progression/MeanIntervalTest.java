package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {

    @Test
    void the_interval_is_the_mean_plus_and_minus_t_times_the_standard_error() {
        // values 0, 1, 1, 2, 1: mean 1; squares 1+0+0+1+0 = 2, s² = 2/4 = 0.5, s = 0.7071; se = s/√5 = 0.31623;
        // t(0.975, 4 df) = 2.7764 from the table, so the half-width is 0.87799
        MeanInterval i = MeanInterval.of(new double[] {0, 1, 1, 2, 1}, 0.95).orElseThrow();

        assertThat(i.n()).isEqualTo(5);
        assertThat(i.mean()).isEqualTo(1.0);
        assertThat(i.lower()).isCloseTo(1 - 0.87799, within(1e-4));
        assertThat(i.upper()).isCloseTo(1 + 0.87799, within(1e-4));
    }

    @Test
    void one_value_has_no_interval() {
        assertThat(MeanInterval.of(new double[] {1}, 0.95)).isEmpty();
    }
}
