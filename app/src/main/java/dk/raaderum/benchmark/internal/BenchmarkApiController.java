package dk.raaderum.benchmark.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.benchmark.Benchmark;
import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.benchmark.Condition;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.Period;

/**
 * {@code GET /api/v1/benchmark?indicator=ID&period=YYYY-MM}: the model, its fit and every municipality's actual
 * against expected level, with the condition values used, so anyone can run the regression again.
 */
@RestController
class BenchmarkApiController {

    private final Benchmark benchmark;
    private final IndicatorCatalog catalog;

    BenchmarkApiController(Benchmark benchmark, IndicatorCatalog catalog) {
        this.benchmark = benchmark;
        this.catalog = catalog;
    }

    record ConditionJson(String id, String name, String source, String table, int year,
            @JsonProperty("compiled_by") String compiledBy, Double vif) {
    }

    record ModelJson(List<String> conditions, @JsonProperty("condition_names") List<String> conditionNames,
            @JsonProperty("condition_sources") List<String> conditionSources,
            @JsonProperty("condition_details") List<ConditionJson> conditionDetails, Map<String, Double> coefficients,
            @JsonProperty("standard_errors") Map<String, Double> standardErrors, double r2,
            @JsonProperty("r2_adjusted") double r2Adjusted, @JsonProperty("q2_loo") double q2Loo, int observations,
            @JsonProperty("interval_level") double intervalLevel) {
    }

    record MunicipalityJson(String municipality, String name, Double actual, Double expected, Double lower, Double upper,
            @JsonProperty("difference_pp") Double differencePoints,
            @JsonProperty("difference_persons") Double differencePersons,
            @JsonProperty("difference_dkk") Double differenceDkk, Integer rank, @JsonProperty("rank_best") Integer rankBest,
            @JsonProperty("rank_worst") Integer rankWorst, List<String> peers, int cluster, Map<String, Double> conditions,
            List<String> explanation) {
    }

    record BenchmarkJson(String indicator, String period, @JsonProperty("good_direction") String goodDirection,
            ModelJson model, @JsonProperty("cost_per_person_year_dkk") Double costPerPersonYear,
            @JsonProperty("cost_basis") String costBasis, List<MunicipalityJson> municipalities) {
    }

    @GetMapping("/api/v1/benchmark")
    BenchmarkJson benchmark(@RequestParam String indicator, @RequestParam String period,
            @RequestParam(defaultValue = "" + Benchmark.DEFAULT_PEERS) int peers) {
        var share = catalog.find(indicator)
                .orElseThrow(() -> new NoSuchElementException("Ukendt indikator '" + indicator + "'"));
        if (peers < 1 || peers > 97) {
            throw new IllegalArgumentException("'peers' skal være mellem 1 og 97");
        }
        BenchmarkResult r = benchmark.run(share, Period.parse(period), peers);
        Map<String, Double> coefficients = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        for (int k = 0; k < r.model().terms().size(); k++) {
            coefficients.put(r.model().terms().get(k), r.model().coefficients()[k]);
            errors.put(r.model().terms().get(k), r.model().standardErrors()[k]);
        }
        List<Condition> used = r.conditions();
        ModelJson model = new ModelJson(used.stream().map(Condition::id).toList(),
                used.stream().map(Condition::name).toList(), used.stream().map(Condition::provenance).toList(),
                used.stream().map(c -> new ConditionJson(c.id(), c.name(), c.source(), c.table(), c.year(),
                        c.compiledBy(), r.fit().varianceInflation().get(c.id()))).toList(),
                coefficients, errors, r.fit().r2(), r.fit().r2Adjusted(), r.fit().q2(), r.model().observations(),
                ExpectedLevels.LEVEL);
        return new BenchmarkJson(r.indicator(), r.period(), r.direction().name().toLowerCase(), model,
                r.costPerPersonYear(), r.costBasis(),
                r.municipalities().stream().map(m -> new MunicipalityJson(Integer.toString(m.municipality()), m.name(),
                        m.actual(), m.expected(), m.lower(), m.upper(), m.differencePoints(), m.differencePersons(),
                        m.differenceDkk(), m.rank(), m.rankBest(), m.rankWorst(),
                        m.peers().stream().map(String::valueOf).toList(), m.cluster(), m.conditions(), m.explanation()))
                        .toList());
    }
}
