package dk.raaderum.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.raaderum.platform.DanishFormat;

/**
 * Charts drawn on the server as SVG, so that the PDF needs no browser: a line chart (the municipality against its
 * comparison areas) and a stacked bar chart (cost by refusion tier). Colours are the Okabe–Ito palette, which
 * colour-blind readers can tell apart; lines differ by dash pattern too. Missing values break the line.
 */
final class SvgChart {

    static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"};
    private static final String[] DASHES = {"", "6 3", "2 2", "8 3 2 3", "4 4", "1 3"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 270;
    private static final int LEFT = 56;
    private static final int RIGHT = 34;
    private static final int TOP = 56;
    private static final int BOTTOM = 30;

    record Series(String label, List<Double> values) {
    }

    private SvgChart() {
    }

    static String line(String title, String unit, int decimals, List<String> labels, List<Series> series) {
        double[] range = range(series, false);
        StringBuilder svg = open(title);
        axes(svg, range, unit, decimals);
        xLabels(svg, labels, false);
        for (int s = 0; s < series.size(); s++) {
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            List<Double> values = series.get(s).values();
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v == null) {
                    drawing = false;
                    continue;
                }
                path.append(drawing ? " L" : " M").append(f(x(i, values.size(), false))).append(' ')
                        .append(f(y(v, range)));
                drawing = true;
            }
            svg.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"")
                    .append(COLOURS[s % COLOURS.length]).append("\" stroke-width=\"").append(s == 0 ? "2.5" : "1.5")
                    .append('"').append(DASHES[s % DASHES.length].isEmpty() ? ""
                            : " stroke-dasharray=\"" + DASHES[s % DASHES.length] + "\"")
                    .append("/>\n");
        }
        legend(svg, series.stream().map(Series::label).toList(), true);
        return svg.append("</svg>").toString();
    }

    static String stacked(String title, String unit, int decimals, List<String> labels, List<Series> series) {
        double[] range = range(series, true);
        StringBuilder svg = open(title);
        axes(svg, range, unit, decimals);
        xLabels(svg, labels, true);
        int n = labels.size();
        double slot = (double) (WIDTH - LEFT - RIGHT) / n;
        for (int i = 0; i < n; i++) {
            double base = 0;
            for (int s = 0; s < series.size(); s++) {
                Double v = series.get(s).values().get(i);
                if (v == null || v <= 0) {
                    continue;
                }
                double top = y(base + v, range);
                svg.append("<rect x=\"").append(f(LEFT + i * slot + slot * 0.15)).append("\" y=\"").append(f(top))
                        .append("\" width=\"").append(f(slot * 0.7)).append("\" height=\"")
                        .append(f(y(base, range) - top)).append("\" fill=\"").append(COLOURS[s % COLOURS.length])
                        .append("\"/>\n");
                base += v;
            }
        }
        legend(svg, series.stream().map(Series::label).toList(), false);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" alt=\"").append(escape(title)).append("\" role=\"img\" font-family=\"DejaVu Sans\" font-size=\"11\"><title>")
                .append(escape(title)).append("</title>\n");
    }

    /** Horizontal grid lines at round values, labelled in Danish. */
    private static void axes(StringBuilder svg, double[] range, String unit, int decimals) {
        for (double tick : ticks(range)) {
            double y = y(tick, range);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"#d0d0d0\" stroke-width=\"0.7\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#333\">").append(DanishFormat.number(tick, decimals))
                    .append("</text>\n");
        }
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(TOP - 8).append("\" fill=\"#333\">")
                .append(escape(unit)).append("</text>\n");
    }

    /** Every label for a few bars, otherwise about six evenly spaced labels. */
    private static void xLabels(StringBuilder svg, List<String> labels, boolean bars) {
        int step = Math.max(1, (int) Math.ceil(labels.size() / 6.0));
        for (int i = labels.size() - 1; i >= 0; i -= step) {
            svg.append("<text x=\"").append(f(x(i, labels.size(), bars))).append("\" y=\"").append(HEIGHT - 10)
                    .append("\" text-anchor=\"middle\" fill=\"#333\">").append(escape(labels.get(i))).append("</text>\n");
        }
    }

    /** The legend in rows above the chart, wrapping when a row is full. */
    private static void legend(StringBuilder svg, List<String> labels, boolean lines) {
        double x = LEFT;
        int row = 14;
        for (int s = 0; s < labels.size(); s++) {
            double width = 30 + labels.get(s).length() * 6.6;
            if (x + width > WIDTH - RIGHT && x > LEFT) {
                x = LEFT;
                row += 16;
            }
            String colour = COLOURS[s % COLOURS.length];
            String dash = DASHES[s % DASHES.length];
            svg.append(lines
                    ? "<line x1=\"" + f(x) + "\" x2=\"" + f(x + 18) + "\" y1=\"" + (row - 4) + "\" y2=\"" + (row - 4)
                            + "\" stroke=\"" + colour + "\" stroke-width=\"2.5\""
                            + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>"
                    : "<rect x=\"" + f(x) + "\" y=\"" + (row - 10) + "\" width=\"12\" height=\"10\" fill=\"" + colour + "\"/>");
            svg.append("<text x=\"").append(f(x + 22)).append("\" y=\"").append(row).append("\" fill=\"#333\">")
                    .append(escape(labels.get(s))).append("</text>\n");
            x += width;
        }
    }

    /** The value range to draw: from 0 for bars, otherwise the data's range with a margin. */
    static double[] range(List<Series> series, boolean stacked) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int n = series.isEmpty() ? 0 : series.get(0).values().size();
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (Series s : series) {
                Double v = s.values().get(i);
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    total += Math.max(0, v);
                }
            }
            if (stacked) {
                max = Math.max(max, total);
            }
        }
        if (min > max) {
            return new double[] {0, 1};
        }
        if (stacked || min >= 0 && min < (max - min) * 0.5) {
            min = 0;
        }
        double span = max - min == 0 ? Math.max(1, Math.abs(max)) : max - min;
        double step = niceStep(span / 4);
        return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step};
    }

    static List<Double> ticks(double[] range) {
        double step = niceStep((range[1] - range[0]) / 4);
        List<Double> ticks = new ArrayList<>();
        for (double t = range[0]; t <= range[1] + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * magnitude;
    }

    private static double x(int i, int n, boolean bars) {
        double width = WIDTH - LEFT - RIGHT;
        return bars ? LEFT + (i + 0.5) * width / n : LEFT + (n <= 1 ? 0 : i * width / (n - 1));
    }

    private static double y(double value, double[] range) {
        return HEIGHT - BOTTOM - (value - range[0]) / (range[1] - range[0]) * (HEIGHT - BOTTOM - TOP);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
