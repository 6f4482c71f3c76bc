package dk.raaderum.company;

import java.util.ArrayList;
import java.util.List;

import dk.raaderum.platform.DanishFormat;

/** The committee report's sentences on the company collaboration; each states only figures that are shown. */
public final class CompanySummary {

    private CompanySummary() {
    }

    /**
     * @param period         the period in Danish ("2. kvt. 2026")
     * @param collaborating  companies collaborating, or null
     * @param share          their share of the municipality's companies, or null
     * @param medianDays     the median answer time, or null
     * @param serviceLevel   the service level in days, or null when none is set
     * @param inWorkShare    share of followed placements ending in work or education within six months, or null
     */
    public static List<String> sentences(String period, Double collaborating, Double share, Double medianDays,
            Double serviceLevel, Double inWorkShare) {
        List<String> sentences = new ArrayList<>();
        if (collaborating != null) {
            sentences.add("I " + period + " havde " + DanishFormat.number(collaborating, 0)
                    + " virksomheder borgere i løntilskud, virksomhedspraktik eller fleksjob"
                    + (share == null ? "." : ", " + DanishFormat.number(share, 1) + " pct. af kommunens virksomheder."));
        }
        if (medianDays != null) {
            String answer = "Halvdelen af virksomhedernes henvendelser fik svar inden for "
                    + DanishFormat.number(medianDays, 1) + " dage";
            if (serviceLevel == null) {
                sentences.add(answer + "; udvalget har ikke fastsat et serviceniveau.");
            } else {
                sentences.add(answer + (medianDays <= serviceLevel ? ", inden for" : ", over") + " serviceniveauet på "
                        + DanishFormat.number(serviceLevel, 1) + " dage.");
            }
        }
        if (inWorkShare != null) {
            sentences.add(DanishFormat.number(inWorkShare, 0) + " pct. af de forløb, der sluttede for mindst et halvt år "
                    + "siden, blev efterfulgt af ordinært job eller uddannelse inden for 6 måneder.");
        }
        if (sentences.isEmpty()) {
            sentences.add("Der er ingen virksomhedstal for " + period + ".");
        }
        return sentences;
    }
}
