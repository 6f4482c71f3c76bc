package dk.raaderum.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The axis labels must be read whole: a clipped "164,3 mio. kr." reads as "4,3 mio. kr.". */
class SvgChartsTest {

    private static final Pattern AXIS_LABEL = Pattern.compile(
            "<text x=\"([0-9.]+)\" y=\"[0-9.]+\" font-size=\"11\" text-anchor=\"end\">([^<]+)</text>");
    /** A generous width of a digit at 11 px in the sans-serif fonts the pages and the PDF use (DejaVu: 0,64 em). */
    private static final double CHARACTER_PX = 11 * 0.64;

    @Test
    void every_axis_label_of_a_fan_chart_in_billions_fits_left_of_the_plot() {
        String svg = SvgCharts.fan("Udgift", List.of(new SvgCharts.Point("2026 K3", 1.40e9, 1.35e9, 1.45e9),
                new SvgCharts.Point("2026 K4", 1.50e9, 1.40e9, 1.60e9)));
        assertLabelsFit(svg, "1.680,0 mio. kr.");
    }

    @Test
    void the_last_quarter_under_a_fan_chart_is_not_cut_at_the_right_edge() {
        String svg = SvgCharts.fan("Udgift", List.of(new SvgCharts.Point("2026 K3", 1e8, 0.9e8, 1.1e8),
                new SvgCharts.Point("2027 K2", 1e8, 0.9e8, 1.1e8)));
        Matcher label = Pattern.compile("<text x=\"([0-9.]+)\" y=\"[0-9.]+\" font-size=\"11\" "
                + "text-anchor=\"middle\">2027 K2</text>").matcher(svg);
        assertThat(label.find()).isTrue();
        double width = Double.parseDouble(svg.replaceAll("(?s).*viewBox=\"0 0 ([0-9]+) .*", "$1"));
        assertThat(Double.parseDouble(label.group(1)) + "2027 K2".length() * CHARACTER_PX / 2).isLessThanOrEqualTo(width);
    }

    @Test
    void every_axis_label_of_a_stacked_chart_in_hundreds_of_millions_fits_left_of_the_plot() {
        String svg = SvgCharts.stacked("Trin", List.of("Trin 1", "Trin 2"),
                List.of(new SvgCharts.Stack("2026 K3", new double[] {100e6, 64.3e6})));
        assertLabelsFit(svg, "172,5 mio. kr.");
    }

    private static void assertLabelsFit(String svg, String widest) {
        Matcher label = AXIS_LABEL.matcher(svg);
        int found = 0;
        boolean widestFound = false;
        while (label.find()) {
            found++;
            widestFound |= label.group(2).equals(widest);
            assertThat(label.group(2).length() * CHARACTER_PX).as(label.group(2))
                    .isLessThanOrEqualTo(Double.parseDouble(label.group(1)));
        }
        assertThat(found).as("five axis labels").isEqualTo(5);
        assertThat(widestFound).as("top label " + widest).isTrue();
    }
}
