package dk.raaderum.partnership;

/** One statement of a temperature survey, asked about one of the six recommendations. */
public record SurveyStatement(long id, Recommendation recommendation, int position, String text) {
}
