package dk.raaderum.partnership.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.raaderum.partnership.FocusRecommendations;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.SurveyResults;
import dk.raaderum.security.MunicipalityAccess;

/**
 * A measurement against the municipality's previous one and against the average of the other members of each of
 * its partnerships that share with the network (their newest measurement; each municipality counts once).
 * A recommendation's score is {@link FocusRecommendations#score}: only shown figures go into it.
 */
@Service
class TemperatureComparison {

    record Scored(Measurement measurement, SurveyResults.Results results, Map<Recommendation, Double> scores) {
    }

    record Average(Partnership partnership, Map<Recommendation, Double> scores, int members) {
    }

    record Comparison(Scored current, Optional<Scored> previous, List<Average> averages) {
    }

    private final TemperatureRepository repository;
    private final TemperatureService service;
    private final PartnershipRepository partnerships;
    private final MunicipalityAccess access;

    TemperatureComparison(TemperatureRepository repository, TemperatureService service,
            PartnershipRepository partnerships, MunicipalityAccess access) {
        this.repository = repository;
        this.service = service;
        this.partnerships = partnerships;
        this.access = access;
    }

    Comparison compare(Measurement m) {
        List<Average> averages = new ArrayList<>();
        for (Partnership p : partnerships.of(m.municipality())) {
            List<Scored> others = p.members().stream().map(Partnership.Member::code)
                    .filter(c -> c != m.municipality() && access.sharesWithNetwork(c))
                    .map(this::newest).flatMap(Optional::stream).toList();
            Map<Recommendation, Double> mean = new EnumMap<>(Recommendation.class);
            for (Recommendation r : Recommendation.values()) {
                others.stream().map(o -> o.scores().get(r)).filter(Objects::nonNull)
                        .mapToDouble(Double::doubleValue).average().ifPresent(a -> mean.put(r, a));
            }
            averages.add(new Average(p, mean, others.size()));
        }
        return new Comparison(scored(m), repository.previous(m).map(this::scored), averages);
    }

    /** The municipality's newest measurement with its scores. */
    Optional<Scored> newest(int municipality) {
        return repository.measurements(municipality).stream().findFirst().map(this::scored);
    }

    Scored scored(Measurement m) {
        SurveyResults.Results results = service.results(m.id());
        Map<Recommendation, Double> scores = new EnumMap<>(Recommendation.class);
        for (Recommendation r : Recommendation.values()) {
            FocusRecommendations.score(results, r).ifPresent(s -> scores.put(r, s));
        }
        return new Scored(m, results, scores);
    }
}
