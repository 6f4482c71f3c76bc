package dk.raaderum.economy.internal;

import java.util.List;

import dk.raaderum.platform.DanishFormat;

/** The report's sentence about the forecast, from the figures alone. */
final class ReportSentences {

    private ReportSentences() {
    }

    /** "Med data til og med jul. 2026 ventes kommunens udgift efter refusion de næste 4 kvartaler at blive …". */
    static String forecast(EconomyService.Forecast f) {
        List<QuarterForecast.Row> total = f.rows().stream().filter(r -> r.group().equals(Groups.ALL)).toList();
        double sum = total.stream().mapToDouble(QuarterForecast.Row::municipalDkk).sum();
        double lower = total.stream().mapToDouble(QuarterForecast.Row::lowerDkk).sum();
        double upper = total.stream().mapToDouble(QuarterForecast.Row::upperDkk).sum();
        return "Med data til og med " + DanishFormat.month(f.asOf().atDay(1)) + " ventes kommunens udgift efter refusion"
                + " til alle ydelser i de næste " + total.size() + " kvartaler at blive " + DanishFormat.millions(sum)
                + " (mellem " + DanishFormat.millions(lower) + " og " + DanishFormat.millions(upper) + ")"
                + (f.register().synthetic() ? "; tallene er syntetiske." : ".");
    }
}
