package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.util.List;

import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.SurveyRole;

/** Notes from one interview of the temperature measurement: who was interviewed, the themes and the key points. */
record Interview(long id, LocalDate date, SurveyRole role, List<Recommendation> themes, String keyPoints,
        String createdBy) {
}
