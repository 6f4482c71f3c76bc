package dk.raaderum.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.GenerateRequest;
import dk.raaderum.register.RegisterEngine;
import tools.jackson.databind.JsonNode;

/** The benchmark API on the real shipped data and real framework conditions. */
@RaaderumIntegrationTest
class BenchmarkApiTest {

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

    @Test
    void rerunning_the_regression_from_the_apis_own_output_gives_its_coefficients_and_expected_values() {
        JsonNode result = api.json("/api/v1/benchmark?indicator=kontanthjaelp_pct_befolkning&period=2026-06");
        List<String> conditions = result.get("model").get("conditions").valueStream().map(JsonNode::asString).toList();
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode m : result.get("municipalities")) {
            if (m.get("actual").isNull()) {
                continue;
            }
            x.add(conditions.stream().mapToDouble(c -> m.get("conditions").get(c).asDouble()).toArray());
            y.add(m.get("actual").asDouble());
            rows.add(m);
        }
        double[][] xs = x.toArray(double[][]::new);
        double[] ys = y.stream().mapToDouble(Double::doubleValue).toArray();

        Regression again = LeastSquares.fit(xs, ys, conditions);
        JsonNode coefficients = result.get("model").get("coefficients");
        for (int k = 0; k < again.terms().size(); k++) {
            assertThat(again.coefficients()[k]).as(again.terms().get(k))
                    .isCloseTo(coefficients.get(again.terms().get(k)).asDouble(), within(1e-9));
        }
        assertThat(again.rSquared()).isCloseTo(result.get("model").get("r2").asDouble(), within(1e-12));
        List<LeastSquares.Prediction> loo = LeastSquares.leaveOneOut(xs, ys, conditions, 0.90);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(loo.get(i).expected()).isCloseTo(rows.get(i).get("expected").asDouble(), within(1e-9));
            assertThat(rows.get(i).get("lower").asDouble()).isLessThan(rows.get(i).get("expected").asDouble());
        }
    }

    @Test
    void every_municipality_gets_a_difference_in_persons_a_rank_band_eight_peers_and_an_explanation() {
        JsonNode result = api.json("/api/v1/benchmark?indicator=ledige_pct_arbejdsstyrke&period=2025-11");
        assertThat(result.get("municipalities")).hasSize(98);
        JsonNode vejen = result.get("municipalities").valueStream()
                .filter(m -> m.get("municipality").asString().equals("575")).findFirst().orElseThrow();
        double difference = vejen.get("actual").asDouble() - vejen.get("expected").asDouble();
        assertThat(vejen.get("difference_pp").asDouble()).isCloseTo(difference, within(1e-12));
        assertThat(Math.signum(vejen.get("difference_persons").asDouble())).isEqualTo(Math.signum(difference));
        assertThat(vejen.get("rank_best").asInt()).isLessThanOrEqualTo(vejen.get("rank").asInt());
        assertThat(vejen.get("rank_worst").asInt()).isGreaterThanOrEqualTo(vejen.get("rank").asInt());
        assertThat(vejen.get("peers")).hasSize(8);
        assertThat(vejen.get("peers").valueStream().map(JsonNode::asString)).doesNotContain("575");
        assertThat(vejen.get("explanation").get(0).asString()).startsWith("Vejens").contains("procentpoint");
        assertThat(result.get("cost_basis").asString()).isNotBlank();
    }

    @Test
    void every_benefit_group_of_the_register_engine_can_be_benchmarked() {
        Path register = folder.resolve("benchmark-register.parquet");
        new RegisterEngine().generate(new GenerateRequest(6000, IsoWeek.parse("2024-W01"), IsoWeek.parse("2024-W52"), 4,
                register), Progress.SILENT);
        assertThat(imports.register(register, 500, "Syntetisk testregister", "test", Progress.SILENT))
                .isInstanceOf(ImportOutcome.Imported.class);
        for (String group : List.of("sygedagpenge", "a_dagpenge", "kontanthjaelp", "ressourceforloeb", "fleksjob",
                "foertidspension", "alle_ydelser")) {
            JsonNode result = api.json("/api/v1/benchmark?indicator=reg_" + group + "_pct_befolkning&period=2024-06");
            // a small sample leaves some municipalities without a value; those are left out of the fit
            assertThat(result.get("model").get("observations").asInt()).as(group).isGreaterThan(40);
        }
    }

    @Test
    void a_condition_imported_from_statistics_denmark_joins_the_model_when_every_municipality_has_it() throws Exception {
        StringBuilder csv = new StringBuilder("OMRÅDE;TID;INDHOLD\n");
        List<Integer> codes = api.json("/api/v1/municipalities").valueStream().map(m -> m.get("code").asInt()).toList();
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) { // first without one municipality: the condition must stay out
                csv.append(codes.get(i)).append(";2024;").append(String.valueOf(10 + (codes.get(i) % 13)).replace('.', ',')).append('\n');
            }
        }
        Path partial = folder.resolve("vilkaar-delvis.csv");
        java.nio.file.Files.writeString(partial, csv.toString());
        imports.statisticsDenmark(partial, new Imports.DstTarget("test_vilkaar_indikator", "Testvilkår", "PROCENT"),
                java.util.Map.of(), "test", Progress.SILENT);
        JsonNode before = api.json("/api/v1/benchmark?indicator=ledige_pct_arbejdsstyrke&period=2025-11");
        assertThat(before.get("model").get("conditions").valueStream().map(JsonNode::asString)).doesNotContain("test_vilkaar");

        Path full = folder.resolve("vilkaar.csv");
        java.nio.file.Files.writeString(full, csv.append(codes.get(0)).append(";2024;12\n").toString());
        imports.statisticsDenmark(full, new Imports.DstTarget("test_vilkaar_indikator", "Testvilkår", "PROCENT"),
                java.util.Map.of(), "test", Progress.SILENT);
        JsonNode after = api.json("/api/v1/benchmark?indicator=ledige_pct_arbejdsstyrke&period=2025-11");
        assertThat(after.get("model").get("conditions").valueStream().map(JsonNode::asString)).contains("test_vilkaar");
        assertThat(after.get("model").get("coefficients").has("test_vilkaar")).isTrue();
        assertThat(after.get("model").get("condition_sources").toString()).contains("Danmarks Statistik");
    }

    @Test
    void a_count_cannot_be_benchmarked_and_says_why() {
        var response = api.get("/api/v1/benchmark?indicator=ledige_fuldtid&period=2025-11", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("andel");
    }
}
