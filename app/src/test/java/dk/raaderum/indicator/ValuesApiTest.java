package dk.raaderum.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The REST API against the real shipped Jobindsats data on a real PostgreSQL. */
@RaaderumIntegrationTest
class ValuesApiTest {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void albertslund_had_656_unemployed_full_time_persons_in_august_2021() {
        JsonNode rows = api.json("/api/v1/values?indicator=ledige_fuldtid&municipality=165&from=2021-08&to=2021-08");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("municipality").asString()).isEqualTo("165");
        assertThat(rows.get(0).get("period").asString()).isEqualTo("2021-08");
        assertThat(rows.get(0).get("value").asDouble()).isEqualTo(656.0);
    }

    @Test
    void every_month_the_98_municipalities_sum_to_the_published_national_cash_benefit_figure_within_a_tenth_of_a_percent() {
        JsonNode municipalities = api.json("/api/v1/values?indicator=kontanthjaelp_fuldtid&from=2021-08&to=2026-07");
        JsonNode national = api.json("/api/v1/values?indicator=kontanthjaelp_fuldtid&level=land&from=2021-08&to=2026-07");
        Map<String, Double> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode row : municipalities) {
            assertThat(row.get("value").isNull()).as("no suppressed municipality in %s", row).isFalse();
            sums.merge(row.get("period").asString(), row.get("value").asDouble(), Double::sum);
            counts.merge(row.get("period").asString(), 1, Integer::sum);
        }
        assertThat(national).hasSize(60);
        for (JsonNode row : national) {
            String period = row.get("period").asString();
            double published = row.get("value").asDouble();
            assertThat(counts.get(period)).isEqualTo(98);
            assertThat(sums.get(period)).as(period).isCloseTo(published, within(published * 0.001));
        }
    }

    @Test
    void regional_unemployment_rates_from_derived_workforces_add_up_to_the_published_national_rate() {
        JsonNode unemployed = api.json("/api/v1/values?indicator=ledige_fuldtid&level=region&from=2021-08&to=2026-07");
        JsonNode workforce = api.json("/api/v1/values?indicator=arbejdsstyrke_afledt&level=region&from=2021-08&to=2026-07");
        JsonNode published = api.json("/api/v1/values?indicator=ledige_pct_arbejdsstyrke&level=land&from=2021-08&to=2026-07");
        Map<String, double[]> totals = new HashMap<>();
        for (int i = 0; i < unemployed.size(); i++) {
            double[] t = totals.computeIfAbsent(unemployed.get(i).get("period").asString(), p -> new double[2]);
            t[0] += unemployed.get(i).get("value").asDouble();
            t[1] += workforce.get(i).get("value").asDouble();
        }
        for (JsonNode row : published) {
            double[] t = totals.get(row.get("period").asString());
            // the published rate has one decimal, so it is itself within 0.05 of the truth
            assertThat(t[0] / t[1] * 100).as(row.get("period").asString())
                    .isCloseTo(row.get("value").asDouble(), within(0.1));
        }
    }

    @Test
    void the_catalogues_fraction_for_the_share_with_ordinary_hours_reproduces_nearly_every_published_share() {
        // Jobindsats extracts its tables at different times, so a few late revisions differ by more than rounding
        JsonNode shares = api.json("/api/v1/values?indicator=ordinaere_timer_andel&from=2022-01&to=2025-12");
        JsonNode persons = api.json("/api/v1/values?indicator=ordinaere_timer_personer&from=2022-01&to=2025-12");
        JsonNode recipients = api.json("/api/v1/values?indicator=kontanthjaelp_personer&from=2022-01&to=2025-12");
        int compared = 0;
        int withinRounding = 0;
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i).get("value").isNull() || persons.get(i).get("value").isNull()) {
                continue;
            }
            double ratio = persons.get(i).get("value").asDouble() / recipients.get(i).get("value").asDouble() * 100;
            compared++;
            withinRounding += Math.abs(ratio - shares.get(i).get("value").asDouble()) <= 0.051 ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(4000);
        assertThat(withinRounding).isGreaterThan((int) (compared * 0.97));
    }

    @Test
    void a_quarter_is_the_day_weighted_average_of_its_three_months() {
        List<Double> months = api.json("/api/v1/values?indicator=ledige_fuldtid&municipality=575&from=2024-01&to=2024-03")
                .valueStream().map(r -> r.get("value").asDouble()).toList();
        double quarter = api.json("/api/v1/values?indicator=ledige_fuldtid&municipality=575&from=2024-Q1&to=2024-Q1")
                .get(0).get("value").asDouble();
        assertThat(quarter).isCloseTo((months.get(0) * 31 + months.get(1) * 29 + months.get(2) * 31) / 91, within(1e-9));
    }

    @Test
    void a_suppressed_value_is_null_in_the_api_and_never_zero() {
        JsonNode rows = api.json("/api/v1/values?indicator=ordinaere_timer_personer&from=2021-08&to=2026-06");
        long suppressed = rows.valueStream().filter(r -> r.get("value").isNull()).count();
        assertThat(suppressed).isPositive();
        assertThat(rows.valueStream().filter(r -> r.has("value")).count()).isEqualTo(rows.size());
    }

    @Test
    void landsdele_and_regions_are_served_with_their_codes_and_names() {
        JsonNode rows = api.json("/api/v1/values?indicator=ledige_fuldtid&level=landsdel&from=2024-03");
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0).get("level").asString()).isEqualTo("landsdel");
        assertThat(rows.get(0).get("name").asString()).startsWith("Landsdel");
    }

    @Test
    void csv_is_served_when_asked_for() {
        HttpResponse<String> response = api.get("/api/v1/values?indicator=ledige_fuldtid&municipality=165&from=2021-08",
                "text/csv");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(response.body().lines()).containsExactly("indicator,level,area,name,period,value",
                "ledige_fuldtid,kommune,165,Albertslund,2021-08,656");
    }

    @Test
    void a_bad_period_is_a_problem_detail_with_a_message_a_person_can_act_on() {
        HttpResponse<String> response = api.get("/api/v1/values?indicator=ledige_fuldtid&from=2024-13", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = Api.parse(response.body());
        assertThat(problem.get("detail").asString()).contains("2024-13").contains("er ikke en periode");
    }

    @Test
    void an_unknown_indicator_or_municipality_is_a_404_problem() {
        assertThat(api.get("/api/v1/values?indicator=findes_ikke&from=2024-01", "application/json").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/values?indicator=ledige_fuldtid&municipality=999&from=2024-01", "application/json")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void municipalities_and_indicators_are_listed_with_their_attributes() {
        JsonNode municipalities = api.json("/api/v1/municipalities");
        assertThat(municipalities).hasSize(98);
        JsonNode vejen = municipalities.valueStream().filter(m -> m.get("code").asString().equals("575")).findFirst().orElseThrow();
        assertThat(vejen.get("name").asString()).isEqualTo("Vejen");
        assertThat(vejen.get("region").asString()).isEqualTo("Region Syddanmark");
        assertThat(vejen.get("population").asInt()).isPositive();
        int totalPopulation = municipalities.valueStream().mapToInt(m -> m.get("population").asInt()).sum();
        assertThat(totalPopulation).isEqualTo(6_025_511);

        JsonNode indicators = api.json("/api/v1/indicators");
        assertThat(indicators.valueStream().map(i -> i.get("id").asString())).contains("ledige_fuldtid",
                "ledige_pct_arbejdsstyrke", "ledige_dagpenge_fuldtid", "ledige_kontanthjaelp_fuldtid", "langtidsledige",
                "kontanthjaelp_personer", "kontanthjaelp_fuldtid", "kontanthjaelp_pct_befolkning", "aktiveringsgrad",
                "ordinaere_timer_andel");
    }

    @Test
    void the_api_is_described_by_openapi() {
        JsonNode openapi = api.json("/api/v1/openapi.json");
        assertThat(openapi.get("paths").has("/api/v1/values")).isTrue();
        assertThat(openapi.get("paths").has("/api/v1/municipalities")).isTrue();
    }
}
