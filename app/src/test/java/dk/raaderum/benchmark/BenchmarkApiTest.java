package dk.raaderum.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.TestRegister;
import dk.raaderum.importing.Imports;
import dk.raaderum.platform.Progress;
import tools.jackson.databind.JsonNode;

/** The benchmark API on the real shipped data and the real shipped framework conditions. */
@RaaderumIntegrationTest
class BenchmarkApiTest {

    /** The shipped conditions, in the order of benchmark/model-conditions.csv. */
    static final List<String> SHIPPED = List.of("indvandrere_efterkommere_pct", "almene_boliger_pct",
            "enpersonshusstande_pct", "kun_grundskole_25_29_pct", "unge_voksne_20_34_pct", "pendlingsafstand_km",
            "afstand_storby_km");

    @LocalServerPort
    int port;
    @Autowired
    Imports imports;
    @TempDir
    Path folder;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private record Fitted(List<String> conditions, double[][] x, double[] y, List<JsonNode> rows) {
    }

    /** The condition values and actual levels the answer itself gives, for the municipalities with a value. */
    private static Fitted fitted(JsonNode result) {
        List<String> conditions = result.get("model").get("conditions").valueStream().map(JsonNode::asString).toList();
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode m : result.get("municipalities")) {
            if (!m.get("actual").isNull()) {
                x.add(conditions.stream().mapToDouble(c -> m.get("conditions").get(c).asDouble()).toArray());
                y.add(m.get("actual").asDouble());
                rows.add(m);
            }
        }
        return new Fitted(conditions, x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray(),
                rows);
    }

    @Test
    void rerunning_the_regression_independently_from_the_answers_own_values_gives_its_coefficients_and_expected_values() {
        JsonNode result = api.json("/api/v1/benchmark?indicator=kontanthjaelp_pct_befolkning&period=2026-06");
        Fitted f = fitted(result);
        NormalEquations again = new NormalEquations(f.x(), f.y());

        JsonNode coefficients = result.get("model").get("coefficients");
        assertThat(coefficients.get("konstant").asDouble()).isCloseTo(again.coefficients[0], within(1e-6));
        for (int k = 0; k < f.conditions().size(); k++) {
            assertThat(coefficients.get(f.conditions().get(k)).asDouble()).as(f.conditions().get(k))
                    .isCloseTo(again.coefficients[k + 1], within(1e-8 + 1e-6 * Math.abs(again.coefficients[k + 1])));
        }
        assertThat(result.get("model").get("r2").asDouble()).isCloseTo(again.rSquared, within(1e-9));
        for (int i = 0; i < f.rows().size(); i++) {
            JsonNode row = f.rows().get(i);
            assertThat(row.get("expected").asDouble()).as(row.get("name").asString())
                    .isCloseTo(again.leaveOneOut[i], within(1e-7));
            assertThat(row.get("lower").asDouble()).isLessThan(row.get("expected").asDouble());
            assertThat(row.get("upper").asDouble()).isGreaterThan(row.get("expected").asDouble());
        }
    }

    @Test
    void the_model_explains_both_named_shares_with_q2_of_at_least_0_55_from_conditions_that_are_not_outcomes() {
        for (String share : List.of("kontanthjaelp_pct_befolkning", "ledige_pct_arbejdsstyrke")) {
            JsonNode result = api.json("/api/v1/benchmark?indicator=" + share + "&period=2026-06");
            JsonNode model = result.get("model");
            Fitted f = fitted(result);
            // Q² from the answer's own actual and leave-one-out expected values: 1 - PRESS / SS
            double mean = Arrays.stream(f.y()).average().orElseThrow();
            double press = 0;
            double ss = 0;
            for (int i = 0; i < f.y().length; i++) {
                press += Math.pow(f.y()[i] - f.rows().get(i).get("expected").asDouble(), 2);
                ss += Math.pow(f.y()[i] - mean, 2);
            }
            int n = f.y().length;
            int p = f.conditions().size();
            double r2 = model.get("r2").asDouble();
            assertThat(model.get("q2_loo").asDouble()).as(share).isCloseTo(1 - press / ss, within(1e-9))
                    .isGreaterThanOrEqualTo(0.55);
            assertThat(model.get("r2_adjusted").asDouble()).isCloseTo(1 - (1 - r2) * (n - 1) / (n - p - 1), within(1e-9));
            assertThat(f.conditions()).as(share).startsWith(SHIPPED.toArray(String[]::new));
        }
    }

    @Test
    void every_condition_names_its_publisher_table_and_year_and_none_is_an_employment_outcome() {
        JsonNode model = api.json("/api/v1/benchmark?indicator=ledige_pct_arbejdsstyrke&period=2026-06").get("model");
        for (JsonNode c : model.get("condition_details")) {
            if (!SHIPPED.contains(c.get("id").asString())) {
                continue; // a condition another test imported
            }
            assertThat(c.get("source").asString()).isNotBlank();
            assertThat(c.get("table").asString()).isNotBlank();
            assertThat(c.get("year").asInt()).isBetween(2024, 2026);
            assertThat(c.get("vif").asDouble()).as(c.get("id").asString()).isBetween(1.0, 5.0);
            // registered unemployment, employment rate, NEET and housing benefit are outcomes, never conditions
            assertThat(c.get("table").asString()).isNotIn("AUP01", "AUK01", "RAS200", "NEET3", "BOST63");
            assertThat(c.get("name").asString().toLowerCase()).doesNotContain("ledig", "beskæftigelsesfrekvens",
                    "neet", "boligstøtte");
        }
        assertThat(model.get("condition_sources").toString()).contains("Danmarks Statistik, BOL101 (2026)");
    }

    @Test
    void the_explanation_speaks_of_the_conditions_and_says_better_or_worse_in_the_shares_direction() {
        JsonNode result = api.json("/api/v1/benchmark?indicator=kontanthjaelp_pct_befolkning&period=2026-06");
        JsonNode brondby = row(result, "153");
        // Brøndby has the highest share of social housing (54,5 % against about 20 % on average)
        assertThat(brondby.get("explanation").valueStream().map(JsonNode::asString)).anySatisfy(sentence -> assertThat(
                sentence).matches("Brøndbys høje andel almene boliger trækker det forventede niveau \\d+,\\d procentpoint op\\."));
        for (JsonNode m : result.get("municipalities")) {
            String verdict = m.get("explanation").get(m.get("explanation").size() - 1).asString();
            double difference = m.get("difference_pp").asDouble();
            if (Math.abs(difference) >= 0.05) { // lower is better for kontanthjælp
                assertThat(verdict).as(m.get("name").asString())
                        .contains(difference < 0 ? "under det forventede: bedre" : "over det forventede: dårligere");
            }
        }
    }

    @Test
    void rank_one_is_the_municipality_furthest_on_the_good_side_of_expected() {
        JsonNode lower = api.json("/api/v1/benchmark?indicator=kontanthjaelp_pct_befolkning&period=2026-06");
        JsonNode higher = api.json("/api/v1/benchmark?indicator=ordinaere_timer_andel&period=2026-06");
        assertThat(lower.get("good_direction").asString()).isEqualTo("lower_is_better");
        assertThat(higher.get("good_direction").asString()).isEqualTo("higher_is_better");

        assertThat(byRank(lower).get(0).get("difference_pp").asDouble()).isEqualTo(minDifference(lower));
        assertThat(byRank(higher).get(0).get("difference_pp").asDouble()).isEqualTo(maxDifference(higher));
        // down the ranks of a higher-is-better share the distance above expected (actual − expected) only shrinks
        List<JsonNode> ranked = byRank(higher);
        for (int i = 0; i < ranked.size(); i++) {
            JsonNode m = ranked.get(i);
            assertThat(m.get("difference_pp").asDouble())
                    .isCloseTo(m.get("actual").asDouble() - m.get("expected").asDouble(), within(1e-9));
            if (i > 0) {
                assertThat(m.get("difference_pp").asDouble())
                        .isLessThanOrEqualTo(ranked.get(i - 1).get("difference_pp").asDouble());
            }
        }
        for (JsonNode m : ranked) {
            assertThat(m.get("rank_best").asInt()).isLessThanOrEqualTo(m.get("rank").asInt());
            assertThat(m.get("rank_worst").asInt()).isGreaterThanOrEqualTo(m.get("rank").asInt());
        }
    }

    @Test
    void a_share_without_a_good_direction_is_ranked_by_the_raw_difference_and_never_called_better_or_worse()
            throws Exception {
        StringBuilder csv = new StringBuilder("OMRÅDE;TID;INDHOLD\n");
        for (JsonNode m : api.json("/api/v1/municipalities")) {
            int code = m.get("code").asInt();
            csv.append(code).append(";2024;").append(20 + code % 17).append(",5\n");
        }
        Path file = folder.resolve("neutral.csv");
        Files.writeString(file, csv.toString());
        imports.statisticsDenmark(file, new Imports.DstTarget("test_neutral_andel", "Neutral testandel", "PROCENT"),
                Map.of(), "test", Progress.SILENT);

        JsonNode indicator = api.json("/api/v1/indicators").valueStream()
                .filter(i -> i.get("id").asString().equals("test_neutral_andel")).findFirst().orElseThrow();
        assertThat(indicator.get("goodDirection").asString()).isEqualTo("neutral");
        JsonNode result = api.json("/api/v1/benchmark?indicator=test_neutral_andel&period=2024");
        assertThat(result.get("good_direction").asString()).isEqualTo("neutral");
        assertThat(byRank(result).get(0).get("difference_pp").asDouble()).isEqualTo(minDifference(result));
        for (JsonNode m : result.get("municipalities")) {
            assertThat(m.get("explanation").toString()).doesNotContain("bedre end", "dårligere end");
        }
    }

    @Test
    void every_benefit_group_of_the_register_engine_can_be_benchmarked_with_its_own_register_cost() {
        TestRegister.imported(imports, folder);
        for (String group : List.of("sygedagpenge", "a_dagpenge", "kontanthjaelp", "ressourceforloeb", "fleksjob",
                "foertidspension", "alle_ydelser")) {
            JsonNode result = api.json("/api/v1/benchmark?indicator=reg_" + group + "_pct_befolkning&period=2025-06");
            // a small sample leaves some municipalities without a value; those are left out of the fit
            assertThat(result.get("model").get("observations").asInt()).as(group).isGreaterThan(40);
            assertThat(result.get("cost_basis").asString()).as(group).startsWith("registrets kommunale udgift")
                    .endsWith("(syntetisk register)");
            double cost = result.get("cost_per_person_year_dkk").asDouble();
            assertThat(cost).as(group).isCloseTo(registerCostByHand(group), within(1e-6));
            for (JsonNode m : result.get("municipalities")) {
                if (!m.get("difference_persons").isNull()) {
                    assertThat(m.get("difference_dkk").asDouble())
                            .isCloseTo(m.get("difference_persons").asDouble() * cost, within(1e-3));
                }
            }
        }
    }

    /**
     * The register's municipal kroner over its full-time person-years in the twelve newest months, for the whole
     * country, from the values the API gives: Σ kroner / Σ (full-time persons × days in the month / 365,25).
     */
    private double registerCostByHand(String group) {
        List<JsonNode> kroner = api.json("/api/v1/values?indicator=reg_" + group
                + "_udgift_kommune&level=land&from=2000-01&to=2030-12").valueStream().toList();
        Map<String, Double> fullTime = new HashMap<>();
        api.json("/api/v1/values?indicator=reg_" + group + "_fuldtid&level=land&from=2000-01&to=2030-12")
                .forEach(row -> fullTime.put(row.get("period").asString(), row.get("value").asDouble()));
        double sumKroner = 0;
        double personYears = 0;
        for (JsonNode row : kroner.subList(kroner.size() - 12, kroner.size())) {
            String period = row.get("period").asString();
            sumKroner += row.get("value").asDouble();
            personYears += fullTime.get(period) * java.time.YearMonth.parse(period).lengthOfMonth() / 365.25;
        }
        return sumKroner / personYears;
    }

    @Test
    void a_condition_imported_from_statistics_denmark_joins_the_model_when_every_municipality_has_it() throws Exception {
        StringBuilder csv = new StringBuilder("OMRÅDE;TID;INDHOLD\n");
        List<Integer> codes = api.json("/api/v1/municipalities").valueStream().map(m -> m.get("code").asInt()).toList();
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) { // first without one municipality: the condition must stay out
                csv.append(codes.get(i)).append(";2024;").append(10 + (codes.get(i) % 13)).append('\n');
            }
        }
        Path partial = folder.resolve("vilkaar-delvis.csv");
        Files.writeString(partial, csv.toString());
        imports.statisticsDenmark(partial, new Imports.DstTarget("test_vilkaar_indikator", "Testvilkår", "PROCENT"),
                Map.of(), "test", Progress.SILENT);
        JsonNode before = api.json("/api/v1/benchmark?indicator=ledige_pct_arbejdsstyrke&period=2025-11");
        assertThat(before.get("model").get("conditions").valueStream().map(JsonNode::asString)).doesNotContain("test_vilkaar");

        Path full = folder.resolve("vilkaar.csv");
        Files.writeString(full, csv.append(codes.get(0)).append(";2024;12\n").toString());
        imports.statisticsDenmark(full, new Imports.DstTarget("test_vilkaar_indikator", "Testvilkår", "PROCENT"),
                Map.of(), "test", Progress.SILENT);
        JsonNode after = api.json("/api/v1/benchmark?indicator=ledige_pct_arbejdsstyrke&period=2025-11");
        assertThat(after.get("model").get("conditions").valueStream().map(JsonNode::asString)).contains("test_vilkaar");
        assertThat(after.get("model").get("coefficients").has("test_vilkaar")).isTrue();
        assertThat(after.get("model").get("condition_sources").toString()).contains("Danmarks Statistik");
    }

    @Test
    void every_municipality_gets_a_difference_in_persons_a_rank_band_eight_peers_and_an_explanation() {
        JsonNode result = api.json("/api/v1/benchmark?indicator=ledige_pct_arbejdsstyrke&period=2025-11");
        assertThat(result.get("municipalities")).hasSize(98);
        JsonNode vejen = row(result, "575");
        double difference = vejen.get("actual").asDouble() - vejen.get("expected").asDouble();
        assertThat(vejen.get("difference_pp").asDouble()).isCloseTo(difference, within(1e-12));
        assertThat(Math.signum(vejen.get("difference_persons").asDouble())).isEqualTo(Math.signum(difference));
        assertThat(vejen.get("peers")).hasSize(8);
        assertThat(vejen.get("peers").valueStream().map(JsonNode::asString)).doesNotContain("575");
        assertThat(vejen.get("explanation").get(0).asString()).startsWith("Vejens").contains("procentpoint");
        assertThat(result.get("cost_basis").asString()).isNotBlank();
    }

    @Test
    void a_count_cannot_be_benchmarked_and_says_why() {
        var response = api.get("/api/v1/benchmark?indicator=ledige_fuldtid&period=2025-11", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("andel");
    }

    private static JsonNode row(JsonNode result, String code) {
        return result.get("municipalities").valueStream().filter(m -> m.get("municipality").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> byRank(JsonNode result) {
        return result.get("municipalities").valueStream().filter(m -> !m.get("rank").isNull())
                .sorted(Comparator.comparingInt(m -> m.get("rank").asInt())).toList();
    }

    private static double minDifference(JsonNode result) {
        return result.get("municipalities").valueStream().filter(m -> !m.get("difference_pp").isNull())
                .mapToDouble(m -> m.get("difference_pp").asDouble()).min().orElseThrow();
    }

    private static double maxDifference(JsonNode result) {
        return result.get("municipalities").valueStream().filter(m -> !m.get("difference_pp").isNull())
                .mapToDouble(m -> m.get("difference_pp").asDouble()).max().orElseThrow();
    }
}
