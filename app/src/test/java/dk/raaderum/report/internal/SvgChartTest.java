package dk.raaderum.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void a_missing_value_breaks_the_line_instead_of_dropping_to_zero() {
        String svg = SvgChart.line("Test", "pct.", 1, List.of("a", "b", "c", "d"),
                List.of(new SvgChart.Series("Vejen", Arrays.asList(2.0, 2.5, null, 3.0))));

        String path = svg.substring(svg.indexOf("<path d=\"") + 9, svg.indexOf('"', svg.indexOf("<path d=\"") + 9));
        assertThat(path.split("M")).hasSize(3);
        assertThat(path).contains("L");
    }

    @Test
    void the_axis_uses_round_danish_numbers_and_bars_start_at_zero() {
        double[] range = SvgChart.range(List.of(new SvgChart.Series("x", List.of(12.0, 47.0))), true);

        assertThat(range[0]).isZero();
        // a quarter of the span is 11,75, rounded up to the nice step 20
        assertThat(SvgChart.ticks(range)).containsExactly(0.0, 20.0, 40.0, 60.0);
        assertThat(SvgChart.line("T", "pct.", 1, List.of("a", "b"),
                List.of(new SvgChart.Series("x", List.of(1.25, 1.75))))).contains(">1,4<");
    }

    @Test
    void labels_are_escaped_and_the_chart_has_a_title_for_screen_readers() {
        String svg = SvgChart.stacked("Udgift <kr>", "mio. kr.", 0, List.of("1. kvt."),
                List.of(new SvgChart.Series("A & B", List.of(1.0))));

        assertThat(svg).contains("<title>Udgift &lt;kr&gt;</title>", "A &amp; B", "role=\"img\"");
    }
}
