package dk.raaderum.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankIntervalsTest {

    private static final double[][] NO_CONDITIONS = {{}, {}, {}};
    private static final double[][] NO_COEFFICIENT_ERROR = {{0}};

    @Test
    void without_any_uncertainty_every_band_is_the_rank_itself() {
        List<RankIntervals.Band> bands = RankIntervals.simulate(new double[] {0.3, -1, 2}, NO_CONDITIONS,
                NO_COEFFICIENT_ERROR, new double[] {0, 0, 0}, 0.90, 500);

        assertThat(bands).containsExactly(new RankIntervals.Band(2, 2, 2), new RankIntervals.Band(1, 1, 1),
                new RankIntervals.Band(3, 3, 3));
    }

    @Test
    void an_error_shared_by_all_observations_does_not_reorder_them() {
        // a large variance of the intercept moves every score by the same amount in each draw
        List<RankIntervals.Band> bands = RankIntervals.simulate(new double[] {0, 1, 2}, NO_CONDITIONS,
                new double[][] {{100}}, new double[] {0, 0, 0}, 0.90, 500);

        assertThat(bands).allSatisfy(b -> assertThat(b.width()).isZero());
    }

    @Test
    void two_observations_swap_in_the_band_only_when_their_own_noise_makes_it_likely() {
        // Centres 0 and 1, each with noise sd s: they swap when ε₂ - ε₁ < -1, with probability Φ(-1 / (s √2)).
        // s = 0,5: Φ(-1,414) = 7,9 % > 5 %, so both bands are 1-2. s = 0,3: Φ(-2,357) = 0,9 % < 5 %: no overlap.
        double[][] rows = {{}, {}};
        List<RankIntervals.Band> wide = RankIntervals.simulate(new double[] {0, 1}, rows, NO_COEFFICIENT_ERROR,
                new double[] {0.5, 0.5}, 0.90, RankIntervals.DRAWS);
        List<RankIntervals.Band> narrow = RankIntervals.simulate(new double[] {0, 1}, rows, NO_COEFFICIENT_ERROR,
                new double[] {0.3, 0.3}, 0.90, RankIntervals.DRAWS);

        assertThat(wide).containsExactly(new RankIntervals.Band(1, 1, 2), new RankIntervals.Band(2, 1, 2));
        assertThat(narrow).containsExactly(new RankIntervals.Band(1, 1, 1), new RankIntervals.Band(2, 2, 2));
    }

    @Test
    void a_coefficient_error_reorders_observations_that_differ_in_that_condition() {
        // scoreᵢ = centreᵢ - xᵢ·δ with δ ~ N(0, 1): centres 0 and 1 at x = -1 and 1 swap when 2δ > 1, i.e. with
        // probability 1 - Φ(0,5) = 31 %; at x = 0 for both they never swap
        List<RankIntervals.Band> differing = RankIntervals.simulate(new double[] {0, 1}, new double[][] {{-1}, {1}},
                new double[][] {{0, 0}, {0, 1}}, new double[] {0, 0}, 0.90, RankIntervals.DRAWS);
        List<RankIntervals.Band> alike = RankIntervals.simulate(new double[] {0, 1}, new double[][] {{0}, {0}},
                new double[][] {{0, 0}, {0, 1}}, new double[] {0, 0}, 0.90, RankIntervals.DRAWS);

        assertThat(differing).containsExactly(new RankIntervals.Band(1, 1, 2), new RankIntervals.Band(2, 1, 2));
        assertThat(alike).containsExactly(new RankIntervals.Band(1, 1, 1), new RankIntervals.Band(2, 2, 2));
    }
}
