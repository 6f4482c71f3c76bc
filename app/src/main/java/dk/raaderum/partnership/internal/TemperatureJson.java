package dk.raaderum.partnership.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.raaderum.partnership.Distribution;
import dk.raaderum.partnership.SurveyResults;
import dk.raaderum.partnership.SurveyRole;
import dk.raaderum.partnership.SurveyStatement;

/** The temperature measurement as the API writes it. */
final class TemperatureJson {

    private TemperatureJson() {
    }

    record Created(long id) {
    }

    record CodesJson(String role, List<String> codes) {
    }

    record StatementJson(long id, int recommendation, String text) {
    }

    record MeasurementJson(long id, int municipality, int year, boolean synthetic, Map<String, Integer> respondents,
            Map<String, Integer> unusedCodes) {
    }

    /** One figure; {@code mean}, {@code n} and {@code distribution} are null when suppressed. */
    record RowJson(Long statement, String text, int recommendation, String role, Integer n, Double mean,
            boolean suppressed, String visibility, Map<String, Integer> distribution) {
    }

    record ResultsJson(long measurement, int year, boolean synthetic, Map<String, Integer> respondents,
            List<RowJson> rows, List<RowJson> overall, List<RowJson> recommendations, int threshold, String rule) {
    }

    record CommentJson(String role, String body) {
    }

    static StatementJson statement(SurveyStatement s) {
        return new StatementJson(s.id(), s.recommendation().number(), s.text());
    }

    static ResultsJson results(Measurement m, SurveyResults.Results r) {
        Map<String, Integer> respondents = new LinkedHashMap<>();
        r.respondents().forEach((role, n) -> respondents.put(role.name(), n));
        return new ResultsJson(m.id(), m.year(), m.synthetic(), respondents,
                r.byStatement().stream().map(TemperatureJson::row).toList(),
                r.overall().stream().map(TemperatureJson::row).toList(),
                r.byRecommendation().stream().map(TemperatureJson::row).toList(), SurveyResults.THRESHOLD,
                "En rolle eller et udsagn med færre end " + SurveyResults.THRESHOLD + " svar vises ikke; tallet for alle "
                        + "roller skjules, når en lille gruppe ellers kunne findes ved at trække de viste roller fra.");
    }

    static Map<String, Integer> byRole(Map<SurveyRole, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (SurveyRole role : SurveyRole.values()) {
            if (counts.containsKey(role)) {
                out.put(role.name(), counts.get(role));
            }
        }
        return out;
    }

    private static RowJson row(SurveyResults.Cell c) {
        return new RowJson(c.statement() == null ? null : c.statement().id(),
                c.statement() == null ? c.recommendation().title() : c.statement().text(), c.recommendation().number(),
                c.role() == null ? "ALLE" : c.role().name(), c.n(), c.mean(), c.suppressed(), c.visibility().danish(),
                c.shown() == null ? null : distribution(c.shown()));
    }

    private static Map<String, Integer> distribution(Distribution d) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int score = 1; score <= 5; score++) {
            out.put(Integer.toString(score), d.count(score));
        }
        out.put("vedIkke", d.dontKnow());
        return out;
    }
}
