package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import tools.jackson.databind.JsonNode;
import dk.raaderum.CprShaped;

/** The citizens' records through the API, as the demo users of Vejen (575) and Aarhus (751) and the network use it. */
@RaaderumIntegrationTest
class CitizenApiTest {

    private static final String BASE = "/api/v1/municipalities/575";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, RaaderumIntegrationTest.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private JsonNode call(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        String body = mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
        return body.isBlank() ? null : Api.parse(body);
    }

    private long create(String caseRef, String group, String team) throws Exception {
        return call(as("sagsbehandler.vejen", post(BASE + "/citizens")).content("""
                {"caseRef": "%s", "targetGroup": "%s", "team": "%s"}""".formatted(caseRef, group, team)),
                status().isCreated()).get("id").asLong();
    }

    private void assess(long id, String date, int health, int everyday) throws Exception {
        call(as("sagsbehandler.vejen", post(BASE + "/citizens/" + id + "/assessments")).content("""
                {"date": "%s", "scores": {"helbredsmestring": %d, "hverdagsmestring": %d, "tro_paa_job": "ikke vurderet"}}"""
                .formatted(date, health, everyday)), status().isCreated());
    }

    private JsonNode row(JsonNode aggregate, String key, String label) {
        return aggregate.get("rows").valueStream().filter(r -> r.get(key).asString().equals(label)).findFirst()
                .orElse(null);
    }

    @Test
    void a_sagsbehandler_records_two_assessments_the_leder_sees_the_target_group_and_every_read_is_audited()
            throws Exception {
        String url = BASE + "/progression?by=targetGroup&months=3";
        JsonNode before = row(call(as("leder.vejen", get(url)), status().isOk()), "targetGroup",
                "Borgere i ressourceforløb");

        long id = create("T-API-0001", "RESSOURCEFORLOEB", "Testteam API");
        assess(id, "2026-05-04", 2, 3);
        assess(id, "2026-08-03", 3, 4);

        JsonNode record = call(as("sagsbehandler.vejen", get(BASE + "/citizens/" + id + "?begrundelse=opfølgning")),
                status().isOk());
        assertThat(record.get("caseRef").asString()).isEqualTo("T-API-0001");
        assertThat(record.get("assessments")).hasSize(2);
        assertThat(record.get("assessments").get(1).get("scores").get("helbredsmestring").asInt()).isEqualTo(3);
        assertThat(record.get("assessments").get(1).get("scores").has("tro_paa_job")).as("ikke vurderet").isFalse();
        call(as("leder.vejen", get(BASE + "/citizens/" + id)), status().isOk());

        JsonNode after = row(call(as("leder.vejen", get(url)), status().isOk()), "targetGroup",
                "Borgere i ressourceforløb");
        assertThat(after.get("suppressed").asBoolean()).isFalse();
        assertThat(after.get("citizens").asInt()).isEqualTo(before.get("citizens").asInt() + 1);
        // the group's mean moves by (1 − old mean) / (n + 1): the new citizen rose +1 on both dimensions
        int n = before.get("citizens").asInt();
        double expected = (before.get("mean_change").asDouble() * n + 1) / (n + 1);
        assertThat(after.get("mean_change").asDouble()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));

        JsonNode audit = call(as("leder.vejen", get(BASE + "/audit?action=læs personoplysninger&size=500")),
                status().isOk());
        List<JsonNode> reads = audit.get("events").valueStream()
                .filter(e -> e.get("target").asString().equals("borger " + id)).toList();
        assertThat(reads).extracting(e -> e.get("user").asString())
                .contains("sagsbehandler.vejen", "leder.vejen");
        assertThat(reads).anyMatch(e -> e.get("user").asString().equals("sagsbehandler.vejen")
                && "opfølgning".equals(e.get("reason").asString()));
    }

    @Test
    void a_cpr_shaped_case_reference_is_refused_with_a_clear_message_and_nothing_is_stored() throws Exception {
        String cprShaped = CprShaped.of(25, 12, 84, "-", 1234);
        long before = jdbc.sql("select count(*) from progression_citizen").query(Long.class).single();

        for (String ref : List.of(cprShaped, "SAG " + cprShaped.replace("-", ""), "x" + cprShaped.replace("-", " "))) {
            JsonNode problem = call(as("sagsbehandler.vejen", post(BASE + "/citizens")).content("""
                    {"caseRef": "%s", "targetGroup": "RESSOURCEFORLOEB", "team": "Testteam API"}""".formatted(ref)),
                    status().isBadRequest());
            assertThat(problem.get("detail").asString()).contains("CPR-nummer").doesNotContain(CprShaped.date(25, 12, 84))
                    .doesNotContain("1234");
            assertThat(problem.get("field").asString()).isEqualTo("caseRef");
        }
        assertThat(jdbc.sql("select count(*) from progression_citizen").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void another_municipality_the_network_politicians_and_anonymous_users_get_nowhere_near_a_citizen()
            throws Exception {
        long id = create("T-API-0002", "SYGEMELDTE", "Testteam API");
        List<java.util.function.Supplier<MockHttpServletRequestBuilder>> requests = List.of(
                () -> post(BASE + "/citizens").content("{\"caseRef\": \"T-X\", \"targetGroup\": \"SYGEMELDTE\", \"team\": \"X\"}"),
                () -> get(BASE + "/citizens"), () -> get(BASE + "/citizens/" + id),
                () -> put(BASE + "/citizens/" + id).content("{\"targetGroup\": \"SYGEMELDTE\", \"team\": \"X\"}"),
                () -> post(BASE + "/citizens/" + id + "/assessments").content("{\"date\": \"2026-06-01\", \"scores\": {}}"),
                () -> delete(BASE + "/citizens/" + id + "?begrundelse=test"),
                () -> get(BASE + "/citizens/" + id + "/export"));
        String csv = "sagsreference;dato;helbredsmestring\nT-X;2026-06-01;3\n";
        for (String user : List.of("leder.aarhus", "analytiker.kl", "politiker.vejen")) {
            for (var r : requests) {
                mvc.perform(as(user, r.get())).andExpect(status().isForbidden());
            }
            mvc.perform(as(user, post(BASE + "/citizens/import")).contentType("text/csv").content(csv))
                    .andExpect(status().isForbidden());
        }
        // anonymous: a read must log in (401); a write without a session has no CSRF token either (403)
        ResultMatcher refused = result -> assertThat(result.getResponse().getStatus()).isIn(401, 403);
        for (var r : requests) {
            mvc.perform(r.get().contentType(MediaType.APPLICATION_JSON)).andExpect(refused);
        }
        mvc.perform(get(BASE + "/citizens/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(post(BASE + "/citizens/import").contentType("text/csv").content(csv)).andExpect(refused);
        mvc.perform(as("leder.vejen", get("/api/v1/municipalities/999/citizens/" + id))).andExpect(status().isNotFound());
        // still there, untouched
        assertThat(jdbc.sql("select team from progression_citizen where id = ?").param(id).query(String.class).single())
                .isEqualTo("Testteam API");
    }

    @Test
    void a_caseworker_limited_to_her_teams_finds_no_citizen_of_another_team() throws Exception {
        long own = create("T-API-0003", "SYGEMELDTE", "Testteam Nord");
        long other = create("T-API-0004", "SYGEMELDTE", "Testteam Syd");
        call(as("leder.vejen", put(BASE + "/caseworkers/sagsbehandler.vejen/teams"))
                .content("{\"teams\": [\"Testteam Nord\"]}"), status().isOk());
        try {
            call(as("sagsbehandler.vejen", get(BASE + "/citizens/" + own)), status().isOk());
            JsonNode hidden = call(as("sagsbehandler.vejen", get(BASE + "/citizens/" + other)), status().isNotFound());
            assertThat(hidden.get("detail").asString()).doesNotContain("Syd");
            JsonNode list = call(as("sagsbehandler.vejen", get(BASE + "/citizens")), status().isOk());
            assertThat(list.valueStream().map(c -> c.get("team").asString()).distinct().toList())
                    .containsExactly("Testteam Nord");
            call(as("sagsbehandler.vejen", post(BASE + "/citizens/" + other + "/assessments"))
                    .content("{\"date\": \"2026-06-01\", \"scores\": {\"helbredsmestring\": 3}}"), status().isNotFound());
            JsonNode refused = call(as("sagsbehandler.vejen", post(BASE + "/citizens")).content(
                    "{\"caseRef\": \"T-API-0005\", \"targetGroup\": \"SYGEMELDTE\", \"team\": \"Testteam Syd\"}"),
                    status().isBadRequest());
            assertThat(refused.get("field").asString()).isEqualTo("team");
            call(as("leder.vejen", get(BASE + "/citizens/" + other)), status().isOk()); // the leder sees all teams
        } finally {
            call(as("leder.vejen", put(BASE + "/caseworkers/sagsbehandler.vejen/teams")).content("{\"teams\": []}"),
                    status().isOk());
        }
    }

    @Test
    void an_assessment_out_of_range_or_on_an_unknown_dimension_is_refused_with_its_field() throws Exception {
        long id = create("T-API-0006", "AKTIVITETSPARATE_UNGE", "Testteam API");
        JsonNode six = call(as("sagsbehandler.vejen", post(BASE + "/citizens/" + id + "/assessments"))
                .content("{\"date\": \"2026-06-01\", \"scores\": {\"helbredsmestring\": 6}}"), status().isBadRequest());
        assertThat(six.get("detail").asString()).contains("1 til 5");
        JsonNode unknown = call(as("sagsbehandler.vejen", post(BASE + "/citizens/" + id + "/assessments"))
                .content("{\"date\": \"2026-06-01\", \"scores\": {\"lykke\": 3}}"), status().isBadRequest());
        assertThat(unknown.get("detail").asString()).contains("Ukendt dimension 'lykke'");
        JsonNode future = call(as("sagsbehandler.vejen", post(BASE + "/citizens/" + id + "/assessments"))
                .content("{\"date\": \"2027-01-01\", \"scores\": {\"helbredsmestring\": 3}}"), status().isBadRequest());
        assertThat(future.get("field").asString()).isEqualTo("date");
        assertThat(jdbc.sql("select count(*) from progression_assessment where citizen_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_dimensions_are_the_eleven_bip_style_defaults() throws Exception {
        JsonNode dimensions = call(as("politiker.vejen", get(BASE + "/progression/dimensions")), status().isOk());
        assertThat(dimensions).hasSize(11);
        assertThat(dimensions.valueStream().map(d -> d.get("id").asString()).toList())
                .contains("helbredsmestring", "hverdagsmestring", "tro_paa_job", "jobsoegning", "sociale_kompetencer",
                        "faglige_kvalifikationer");
    }

    @Test
    void the_leder_exports_everything_about_a_citizen_and_erases_it_with_a_reason() throws Exception {
        long id = create("T-API-0007", "SYGEMELDTE", "Testteam API");
        assess(id, "2026-06-01", 2, 2);

        String csv = mvc.perform(as("leder.vejen", get(BASE + "/citizens/" + id + "/export?format=csv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("sagsreference;T-API-0007").contains("helbredsmestring (sagsbehandler);2");
        JsonNode json = call(as("leder.vejen", get(BASE + "/citizens/" + id + "/export")), status().isOk());
        assertThat(json.get("record").get("caseRef").asString()).isEqualTo("T-API-0007");

        call(as("leder.vejen", delete(BASE + "/citizens/" + id)), status().isBadRequest()); // no reason
        mvc.perform(as("sagsbehandler.vejen", delete(BASE + "/citizens/" + id + "?begrundelse=x")))
                .andExpect(status().isForbidden());
        mvc.perform(as("leder.vejen", delete(BASE + "/citizens/" + id + "?begrundelse=Borgeren bad om sletning")))
                .andExpect(status().isNoContent());
        call(as("leder.vejen", get(BASE + "/citizens/" + id)), status().isNotFound());
        assertThat(jdbc.sql("select count(*) from progression_assessment where citizen_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select reason from audit_event where action = 'slet personoplysninger' and target = ?")
                .param("borger " + id).query(String.class).single()).isEqualTo("Borgeren bad om sletning");
    }

    @Test
    void the_synthetic_demo_data_show_most_groups_and_withhold_some() throws Exception {
        JsonNode byGroup = call(as("politiker.vejen", get(BASE + "/progression?by=targetGroup&months=3")),
                status().isOk());
        assertThat(byGroup.get("synthetic").asBoolean()).isTrue();
        assertThat(byGroup.get("source").asString()).contains("syntetiske demodata");
        List<JsonNode> rows = byGroup.get("rows").valueStream().toList();
        assertThat(rows).anyMatch(r -> !r.get("suppressed").asBoolean() && r.get("citizens").asInt() >= 5);
        List<JsonNode> withheld = rows.stream().filter(r -> r.get("suppressed").asBoolean()).toList();
        assertThat(withheld).isNotEmpty().allMatch(r -> r.get("citizens").isNull() && r.get("mean_change").isNull());
        assertThat(byGroup.get("total").get("citizens").asInt()).isGreaterThan(100);
    }
}
