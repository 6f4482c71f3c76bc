package dk.raaderum.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.TestRegister;
import dk.raaderum.importing.Imports;
import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;
import tools.jackson.databind.JsonNode;

@RaaderumIntegrationTest
class PlanApiTest {

    private static final String GOALS = "/api/v1/municipalities/575/goals";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    Imports imports;
    @TempDir
    Path folder;

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, RaaderumIntegrationTest.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private static String goal(String indicator, double target, String direction) {
        return """
                {"title": "Testmål", "targetGroup": "JOBPARATE", "indicator": "%s", "baselineMonth": "2025-06",
                 "target": %s, "direction": "%s", "deadline": "2027-06", "owner": "Jobcenterchefen",
                 "teams": [{"team": "Team A", "target": %s, "owner": "A"}]}"""
                .formatted(indicator, target, direction, target);
    }

    private JsonNode create(String body) throws Exception {
        String answer = mvc.perform(as("leder.vejen", post(GOALS)).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.parse(answer);
    }

    private long auditCount(String user, String outcome) {
        return jdbc.sql("select count(*) from audit_event where username = ? and outcome = ? and municipality_code = 575")
                .params(user, outcome).query(Long.class).single();
    }

    @Test
    void leder_vejen_creates_a_goal_on_a_real_indicator_and_reads_back_its_computed_status() throws Exception {
        // Vejen has some 350 fuldtidsledige (355 in July 2026): a target of 1 by mid-2027 lies outside any interval
        JsonNode created = create(goal("ledige_fuldtid", 1, "NED"));

        String read = mvc.perform(as("leder.vejen", get(GOALS + "/" + created.get("id").asLong())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode goal = Api.parse(read);
        assertThat(goal.get("status").asString()).isEqualTo("ikke på sporet");
        assertThat(goal.get("reasoning").asString()).contains("Hele intervallet ligger uden for målet");
        assertThat(goal.get("latest").get("value").asDouble()).isGreaterThan(100);
        assertThat(goal.get("baseline").isNull()).isFalse();
        assertThat(goal.get("reasoning").asString()).isNotBlank();
        assertThat(goal.get("indicatorName").asString()).isEqualTo("Ledige");

        String list = mvc.perform(as("leder.vejen", get(GOALS + "?year=2027"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Api.parse(list).valueStream().map(g -> g.get("id").asLong()).toList())
                .contains(created.get("id").asLong());
    }

    @Test
    void a_goal_whose_target_is_already_met_is_paa_sporet() throws Exception {
        JsonNode met = create(goal("ledige_fuldtid", 1_000_000, "NED"));

        assertThat(met.get("status").asString()).isEqualTo("på sporet");
        assertThat(met.get("statusCode").asString()).isEqualTo("PAA_SPOR");
        assertThat(met.get("reasoning").asString()).contains("opfylder allerede");
    }

    @Test
    void a_goal_with_a_distant_deadline_is_still_judged_on_the_data_up_to_now() throws Exception {
        JsonNode distant = create(goal("ledige_fuldtid", 1, "NED").replace("2027-06\"", "2031-12\""));

        assertThat(distant.get("status").asString()).isNotEqualTo("ingen data");
        assertThat(distant.get("latest").get("value").asDouble()).isPositive();
        assertThat(distant.get("forecast").get("month").asString()).isEqualTo("2031-12");
    }

    @Test
    void a_goal_on_an_indicator_with_no_data_shows_ingen_data() throws Exception {
        catalog.define(new Indicator("test_uden_tal", "Indikator uden tal", Unit.ANTAL, "Test", null, "Ingen værdier",
                GeoAggregation.SUM, null, null, 1, TimeRollUp.AVERAGE_BY_DAYS, true,
                GoodDirection.NEUTRAL));

        JsonNode goal = create(goal("test_uden_tal", 10, "OP"));

        assertThat(goal.get("status").asString()).isEqualTo("ingen data");
        assertThat(goal.get("latest").isNull()).isTrue();
        assertThat(goal.get("baseline").isNull()).isTrue();
    }

    @Test
    void leder_aarhus_can_neither_read_nor_change_vejens_goals_and_each_attempt_is_logged() throws Exception {
        long id = create(goal("ledige_fuldtid", 500, "NED")).get("id").asLong();
        long before = auditCount("leder.aarhus", "afvist");

        mvc.perform(as("leder.aarhus", get(GOALS))).andExpect(status().isForbidden());
        mvc.perform(as("leder.aarhus", get(GOALS + "/" + id))).andExpect(status().isForbidden());
        mvc.perform(as("leder.aarhus", post(GOALS)).content(goal("ledige_fuldtid", 1, "NED")))
                .andExpect(status().isForbidden());
        mvc.perform(as("leder.aarhus", put(GOALS + "/" + id)).content(goal("ledige_fuldtid", 1, "NED")))
                .andExpect(status().isForbidden());
        mvc.perform(as("leder.aarhus", delete(GOALS + "/" + id))).andExpect(status().isForbidden());
        mvc.perform(as("leder.aarhus", get("/api/v1/municipalities/575/decisions"))).andExpect(status().isForbidden());
        mvc.perform(as("leder.aarhus", get("/api/v1/municipalities/575/texts"))).andExpect(status().isForbidden());

        assertThat(auditCount("leder.aarhus", "afvist")).isEqualTo(before + 7);
        assertThat(jdbc.sql("select count(*) from goal where id = ? and target_value = 500").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_politiker_reads_but_cannot_change_and_anonymous_users_must_log_in() throws Exception {
        mvc.perform(as("politiker.vejen", get(GOALS))).andExpect(status().isOk());
        mvc.perform(as("politiker.vejen", post(GOALS)).content(goal("ledige_fuldtid", 1, "NED")))
                .andExpect(status().isForbidden());
        mvc.perform(get(GOALS)).andExpect(status().isUnauthorized());
    }

    @Test
    void the_network_reads_only_municipalities_that_share_and_changes_nothing() throws Exception {
        mvc.perform(as("leder.vejen", put("/api/v1/municipalities/575/sharing")).content("{\"shares\": true}"))
                .andExpect(status().isOk());
        mvc.perform(as("analytiker.kl", get(GOALS))).andExpect(status().isOk());
        mvc.perform(as("analytiker.kl", post(GOALS)).content(goal("ledige_fuldtid", 1, "NED")))
                .andExpect(status().isForbidden());
        mvc.perform(as("analytiker.kl", get("/api/v1/municipalities/751/goals"))).andExpect(status().isForbidden());

        mvc.perform(as("leder.vejen", put("/api/v1/municipalities/575/sharing")).content("{\"shares\": false}"))
                .andExpect(status().isOk());
        mvc.perform(as("analytiker.kl", get(GOALS))).andExpect(status().isForbidden());
    }

    @Test
    void a_bad_goal_is_refused_naming_the_field_and_nothing_is_saved() throws Exception {
        long goals = jdbc.sql("select count(*) from goal").query(Long.class).single();

        String answer = mvc.perform(as("leder.vejen", post(GOALS)).content(goal("findes_ikke", 1, "NED")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String badDirection = mvc.perform(as("leder.vejen", post(GOALS)).content(goal("ledige_fuldtid", 1, "SIDELÆNS")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Api.parse(answer).get("field").asString()).isEqualTo("indicator");
        assertThat(Api.parse(answer).get("detail").asString()).contains("findes_ikke");
        assertThat(Api.parse(badDirection).get("field").asString()).isEqualTo("direction");
        assertThat(jdbc.sql("select count(*) from goal").query(Long.class).single()).isEqualTo(goals);
    }

    @Test
    void every_change_is_in_the_audit_trail() throws Exception {
        long before = auditCount("leder.vejen", "ok");
        long id = create(goal("ledige_fuldtid", 500, "NED")).get("id").asLong();
        mvc.perform(as("leder.vejen", put(GOALS + "/" + id)).content(goal("ledige_fuldtid", 480, "NED")))
                .andExpect(status().isOk());
        mvc.perform(as("leder.vejen", put("/api/v1/municipalities/575/texts/vision")).content("{\"body\": \"Ny vision\"}"))
                .andExpect(status().isOk());

        String trail = mvc.perform(as("leder.vejen", get("/api/v1/municipalities/575/audit")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(auditCount("leder.vejen", "ok")).isEqualTo(before + 3);
        assertThat(Api.parse(trail).get("events").valueStream().map(e -> e.get("action").asString() + " " + e.get("target").asString())
                .toList()).contains("opret mål", "ændr mål " + id, "ændr Vision");
    }

    @Test
    void a_motorvej_without_a_goal_and_a_goal_without_a_budget_show_in_the_consistency_check() throws Exception {
        String motorvej = """
                {"targetGroup": "FLYGTNINGE", "principles": "Job fra dag ét", "beyondMinimum": "Sprogpraktik",
                 "availability": "Efter reglerne", "mixCompany": 70, "mixEducation": 30, "budgetDkk": 5000000}""";
        mvc.perform(as("leder.vejen", put("/api/v1/municipalities/575/motorvej/2031")).content(motorvej))
                .andExpect(status().isOk());
        String tooMuch = motorvej.replace("\"mixEducation\": 30", "\"mixEducation\": 40");
        mvc.perform(as("leder.vejen", put("/api/v1/municipalities/575/motorvej/2031")).content(tooMuch))
                .andExpect(status().isBadRequest());
        mvc.perform(as("leder.vejen", post(GOALS)).content(goal("ledige_fuldtid", 500, "NED")
                .replace("2027-06\"", "2031-06\"").replace("\"teams\"", "\"planYear\": 2031, \"teams\"")))
                .andExpect(status().isCreated());

        String findings = mvc.perform(as("politiker.vejen", get("/api/v1/municipalities/575/consistency?year=2031")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Api.parse(findings).valueStream().map(f -> f.get("text").asString()).toList())
                .containsExactlyInAnyOrder("Jobparate har mål, men ingen beskrevet indsats.",
                        "Jobparate har mål, men intet budget.", "Flygtninge har en indsats, men intet mål.",
                        "Flygtninge har et budget, men intet mål.");
    }

    @Test
    void a_committee_case_is_created_with_alternatives_linked_to_a_goal_and_decided_once() throws Exception {
        long goal = create(goal("ledige_fuldtid", 500, "NED")).get("id").asLong();
        String body = """
                {"title": "Flere samtaler", "background": "Forsøg viser kortere ledighed", "meetingDate": "2026-12-03",
                 "alternatives": [{"title": "Ja", "expectedEffect": "19 dage kortere", "expectedCost": 2000000,
                   "recommended": true}, {"title": "Nej", "expectedEffect": "Ingen", "expectedCost": 0}],
                 "goals": [%d]}""".formatted(goal);
        JsonNode created = Api.parse(mvc.perform(as("leder.vejen", post("/api/v1/municipalities/575/decisions"))
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        long chosen = created.get("alternatives").get(0).get("id").asLong();
        String verdict = "{\"alternative\": %d, \"rationale\": \"Effekten er dokumenteret\"}".formatted(chosen);

        JsonNode decided = Api.parse(mvc.perform(as("leder.vejen",
                post("/api/v1/municipalities/575/decisions/" + id + "/decision")).content(verdict))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(as("leder.vejen", post("/api/v1/municipalities/575/decisions/" + id + "/decision")).content(verdict))
                .andExpect(status().isBadRequest());

        assertThat(created.get("goals").valueStream().map(JsonNode::asLong).toList()).isEqualTo(List.of(goal));
        assertThat(decided.get("chosen").asLong()).isEqualTo(chosen);
        assertThat(decided.get("rationale").asString()).isEqualTo("Effekten er dokumenteret");
        assertThat(decided.get("decidedBy").asString()).isEqualTo("leder.vejen");
    }

    @Test
    void the_resultatrevision_sets_the_year_against_peers_and_the_expected_level() throws Exception {
        String answer = mvc.perform(as("leder.vejen", get("/api/v1/municipalities/575/revision/2025")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode cash = Api.parse(answer).get("comparisons").valueStream()
                .filter(c -> c.get("indicator").asString().equals("kontanthjaelp_pct_befolkning")).findFirst()
                .orElseThrow();

        assertThat(cash.get("period").asString()).isEqualTo("2025");
        assertThat(cash.get("peerNames")).hasSize(8);
        double persons = cash.get("personsAbovePeers").asDouble();
        assertThat(Math.signum(persons)).isEqualTo(Math.signum(cash.get("actual").asDouble() - cash.get("peers").asDouble()));
        assertThat(cash.get("dkkAbovePeers").asDouble() / persons).isPositive();
        assertThat(cash.get("lower").asDouble()).isLessThan(cash.get("expected").asDouble());
    }

    @Test
    void the_resultatrevision_values_a_register_share_at_the_registers_own_cost_per_person_year() throws Exception {
        TestRegister.imported(imports, folder);
        JsonNode all = Api.parse(mvc.perform(as("leder.vejen", get("/api/v1/municipalities/575/revision/2025")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("comparisons").valueStream()
                .filter(c -> c.get("indicator").asString().equals("reg_alle_ydelser_pct_befolkning")).findFirst()
                .orElseThrow();

        // The register covers 2024-W01 to 2025-W52; its newest whole month is November 2025, so the year is
        // December 2024 to November 2025: kroner per person-year = Σ municipal kroner / Σ (full-time × days / 365,25).
        double kroner = 0;
        double personYears = 0;
        List<JsonNode> cost = national("reg_alle_ydelser_udgift_kommune");
        List<JsonNode> fullTime = national("reg_alle_ydelser_fuldtid");
        for (int m = 0; m < 12; m++) {
            kroner += cost.get(m).get("value").asDouble();
            YearMonth month = YearMonth.parse(cost.get(m).get("period").asString());
            personYears += fullTime.get(m).get("value").asDouble() * month.lengthOfMonth() / 365.25;
        }
        double persons = all.get("personsAbovePeers").asDouble();
        assertThat(persons).isNotZero();
        assertThat(all.get("dkkAbovePeers").asDouble()).isNotZero()
                .isCloseTo(persons * kroner / personYears, within(1e-6 * kroner));
        assertThat(all.get("dkkAboveExpected").isNull()).isFalse();
    }

    private List<JsonNode> national(String indicator) throws Exception {
        String answer = mvc.perform(get("/api/v1/values?indicator=" + indicator + "&level=land&from=2024-12&to=2025-11"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Api.parse(answer).valueStream().toList();
    }
}
