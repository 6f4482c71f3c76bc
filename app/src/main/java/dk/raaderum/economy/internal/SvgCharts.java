package dk.raaderum.economy.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Small charts drawn on the server as SVG (pages and the committee report alike): a fan chart (a line with its interval
 * as a band) and a tornado chart (bars left and right of a middle value). Each comes with a text alternative on the page.
 */
final class SvgCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    /** Room for the widest axis label, "1.234,5 mio. kr.", at 11 px. */
    private static final int LEFT = 120;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;

    /** One point of a fan: label, value, lower and upper. */
    record Point(String label, double value, double lower, double upper) {
    }

    /** One bar of a tornado: label, low and high outcome around {@code middle}. */
    record Bar(String label, double low, double high) {
    }

    /** One stacked bar: its label and its values from the bottom up, one per series. */
    record Stack(String label, double[] values) {
    }

    private static final String[] SERIES_COLOURS = {"#c6dbef", "#6baed6", "#2171b5", "#08306b"};

    private SvgCharts() {
    }

    /** Stacked bars (at most four series), with a legend along the top. */
    static String stacked(String title, List<String> series, List<Stack> stacks) {
        double max = stacks.stream().mapToDouble(st -> java.util.Arrays.stream(st.values()).sum()).max().orElse(1);
        max = max <= 0 ? 1 : max * 1.05;
        StringBuilder svg = open(title);
        axis(svg, max);
        double slot = (WIDTH - LEFT - 20.0) / Math.max(1, stacks.size());
        double width = slot * 0.6;
        for (int i = 0; i < stacks.size(); i++) {
            Stack st = stacks.get(i);
            double x = LEFT + i * slot + (slot - width) / 2;
            double base = 0;
            for (int k = 0; k < st.values().length; k++) {
                double v = st.values()[k];
                if (v > 0) {
                    svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y(base + v, max)))
                            .append("\" width=\"").append(fmt(width)).append("\" height=\"")
                            .append(fmt(y(base, max) - y(base + v, max))).append("\" fill=\"").append(SERIES_COLOURS[k])
                            .append("\"><title>").append(escape(st.label() + ", " + series.get(k) + ": " + millions(v)))
                            .append("</title></rect>");
                    base += v;
                }
            }
            svg.append("<text x=\"").append(fmt(x + width / 2)).append("\" y=\"").append(HEIGHT - 18)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(escape(st.label())).append("</text>");
        }
        for (int k = 0; k < series.size(); k++) {
            int x = LEFT + k * 140;
            svg.append("<rect x=\"").append(x).append("\" y=\"2\" width=\"10\" height=\"10\" fill=\"")
                    .append(SERIES_COLOURS[k]).append("\" stroke=\"#333\"/><text x=\"").append(x + 14)
                    .append("\" y=\"11\" font-size=\"11\">").append(escape(series.get(k))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String fan(String title, List<Point> points) {
        double max = points.stream().mapToDouble(Point::upper).max().orElse(1);
        max = max <= 0 ? 1 : max * 1.05;
        int n = points.size();
        double step = n <= 1 ? 0 : (WIDTH - LEFT - 40.0) / (n - 1); // room for the last label, centred on its point
        StringBuilder band = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            band.append(fmt(LEFT + i * step)).append(',').append(fmt(y(points.get(i).upper(), max))).append(' ');
            line.append(fmt(LEFT + i * step)).append(',').append(fmt(y(points.get(i).value(), max))).append(' ');
        }
        for (int i = n - 1; i >= 0; i--) {
            band.append(fmt(LEFT + i * step)).append(',').append(fmt(y(points.get(i).lower(), max))).append(' ');
        }
        StringBuilder svg = open(title);
        axis(svg, max);
        svg.append("<polygon points=\"").append(band).append("\" fill=\"#9ecae1\" fill-opacity=\"0.6\"/>");
        svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#08519c\" stroke-width=\"2\"/>");
        for (int i = 0; i < n; i++) {
            svg.append("<text x=\"").append(fmt(LEFT + i * step)).append("\" y=\"").append(HEIGHT - 18)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(escape(points.get(i).label()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String tornado(String title, double middle, List<Bar> bars) {
        double span = bars.stream().mapToDouble(b -> Math.max(Math.abs(b.low() - middle), Math.abs(b.high() - middle)))
                .max().orElse(1);
        span = span <= 0 ? 1 : span * 1.1;
        double centre = LEFT + 100 + (WIDTH - LEFT - 120) / 2.0;
        double half = (WIDTH - LEFT - 120) / 2.0;
        int rowHeight = 36;
        int height = TOP + rowHeight * bars.size() + 30;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" role=\"img\" aria-label=\"" + escape(title) + "\"><title>" + escape(title) + "</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x1 = centre + (Math.min(b.low(), b.high()) - middle) / span * half;
            double x2 = centre + (Math.max(b.low(), b.high()) - middle) / span * half;
            int y = TOP + i * rowHeight;
            svg.append("<text x=\"").append(LEFT + 95).append("\" y=\"").append(y + 20)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(escape(b.label())).append("</text>");
            svg.append("<rect x=\"").append(fmt(x1)).append("\" y=\"").append(y + 6).append("\" width=\"")
                    .append(fmt(Math.max(1, x2 - x1))).append("\" height=\"22\" fill=\"#3182bd\"/>");
        }
        svg.append("<line x1=\"").append(fmt(centre)).append("\" x2=\"").append(fmt(centre)).append("\" y1=\"")
                .append(TOP).append("\" y2=\"").append(height - 24).append("\" stroke=\"#000\"/>");
        svg.append("<text x=\"").append(fmt(centre)).append("\" y=\"").append(height - 8)
                .append("\" font-size=\"11\" text-anchor=\"middle\">").append(escape(millions(middle)))
                .append("</text>");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\" aria-label=\"" + escape(title) + "\"><title>" + escape(title) + "</title>");
    }

    private static void axis(StringBuilder svg, double max) {
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = y(v, max);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 10).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#ddd\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(escape(millions(v))).append("</text>");
        }
    }

    private static String millions(double kroner) {
        return dk.raaderum.platform.DanishFormat.millions(kroner);
    }

    private static double y(double value, double max) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / max);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8"); // only &lt; &gt; &amp; &quot; &#39;: valid XML for the PDF
    }
}
