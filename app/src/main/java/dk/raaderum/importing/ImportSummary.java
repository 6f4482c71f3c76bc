package dk.raaderum.importing;

import java.util.Set;

import dk.raaderum.platform.DanishFormat;

/** Counts from one import, with a Danish one-paragraph description. */
public record ImportSummary(int values, int suppressed, Set<String> indicators, int areas, String firstPeriod,
        String lastPeriod, int skippedRows, String skippedReason) {

    public String describe() {
        StringBuilder text = new StringBuilder()
                .append("Indlæst ").append(DanishFormat.number((double) values, 0)).append(" værdier (")
                .append(DanishFormat.number((double) suppressed, 0)).append(" undertrykte) for ")
                .append(indicators.size()).append(indicators.size() == 1 ? " indikator" : " indikatorer").append(" og ")
                .append(areas).append(" områder, perioder ").append(firstPeriod).append(" til ").append(lastPeriod).append('.');
        if (skippedRows > 0) {
            text.append(" Sprunget over: ").append(DanishFormat.number((double) skippedRows, 0)).append(" rækker (")
                    .append(skippedReason).append(").");
        }
        return text.toString();
    }
}
