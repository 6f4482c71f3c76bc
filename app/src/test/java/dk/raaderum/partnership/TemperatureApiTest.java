package dk.raaderum.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import tools.jackson.databind.JsonNode;
import dk.raaderum.CprShaped;

/**
 * The temperature measurement through the API, in Holstebro (661), which no other test uses, so sharing can be turned
 * on and off here without disturbing anyone.
 */
@RaaderumIntegrationTest
class TemperatureApiTest {

    private static final int HOLSTEBRO = 661;
    private static final String BASE = "/api/v1/municipalities/" + HOLSTEBRO + "/temperature";
    private static final RequestPostProcessor LEDER = user("leder.holstebro")
            .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_" + HOLSTEBRO);
    private static final RequestPostProcessor POLITICIAN = user("politiker.holstebro")
            .authorities(() -> "ROLE_POLITIKER", () -> "KOMMUNE_" + HOLSTEBRO);
    private static final RequestPostProcessor NETWORK = user("analytiker.netvaerk")
            .authorities(() -> "ROLE_ANALYTIKER", () -> "NETVAERK");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, int expected) throws Exception {
        MockHttpServletRequestBuilder r = request.contentType(MediaType.APPLICATION_JSON).with(csrf());
        if (who != null) {
            r = r.with(who);
        }
        String body = mvc.perform(r).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return body.isEmpty() ? null : Api.parse(body);
    }

    private long measurement() throws Exception {
        return call(post(BASE).content("{\"year\": 2026}"), LEDER, 201).get("id").asLong();
    }

    private List<String> codes(long id, String role, int count) throws Exception {
        JsonNode answer = call(post(BASE + "/" + id + "/invitations")
                .content("{\"role\": \"" + role + "\", \"count\": " + count + "}"), LEDER, 201);
        List<String> codes = new ArrayList<>();
        answer.get("codes").forEach(c -> codes.add(c.asString()));
        return codes;
    }

    private List<JsonNode> statements(long id) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        call(get(BASE + "/" + id + "/statements"), LEDER, 200).forEach(list::add);
        return list;
    }

    /** Answers every statement with the same score (null: "ved ikke"), anonymously. */
    private void answer(String code, List<JsonNode> statements, Integer score, int expected) throws Exception {
        String answers = statements.stream().map(s -> "\"" + s.get("id").asLong() + "\": " + score)
                .collect(Collectors.joining(", "));
        call(post("/api/v1/answers/" + code).content("{\"answers\": {" + answers + "}, \"comment\": \"\"}"), null,
                expected);
    }

    @Test
    void six_staff_and_three_politicians_answer_and_only_the_staff_mean_is_shown() throws Exception {
        long id = measurement();
        List<JsonNode> statements = statements(id);
        assertThat(statements).hasSize(18);
        assertThat(statements).extracting(s -> s.get("recommendation").asInt()).containsOnly(1, 2, 3, 4, 5, 6);
        List<String> staff = codes(id, "MEDARBEJDER", 6);
        List<String> politicians = codes(id, "POLITIKER", 3);
        assertThat(staff).allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{16}")).doesNotHaveDuplicates();

        int[] staffScores = {4, 5, 3, 4, 2, 5}; // mean 23 / 6 for every statement
        for (int k = 0; k < 6; k++) {
            answer(staff.get(k), statements, staffScores[k], 201);
        }
        for (String code : politicians) {
            answer(code, statements, 5, 201);
        }

        JsonNode results = call(get(BASE + "/" + id + "/results"), POLITICIAN, 200);
        List<JsonNode> rows = new ArrayList<>();
        results.get("rows").forEach(rows::add);
        assertThat(rows).hasSize(2 * 18);
        for (JsonNode row : rows) {
            if (row.get("role").asString().equals("MEDARBEJDER")) {
                assertThat(row.get("suppressed").asBoolean()).isFalse();
                assertThat(row.get("n").asInt()).isEqualTo(6);
                assertThat(row.get("mean").asDouble()).isCloseTo(23.0 / 6, within(1e-9));
            } else {
                assertThat(row.get("role").asString()).isEqualTo("POLITIKER");
                assertThat(row.get("suppressed").asBoolean()).isTrue();
                assertThat(row.get("mean").isNull()).isTrue();
                assertThat(row.get("n").isNull()).isTrue();
                assertThat(row.get("visibility").asString()).isEqualTo("for få svar");
            }
        }
        // all roles minus the staff would be the politicians' 5,0: hidden
        results.get("overall").forEach(o -> assertThat(o.get("mean").isNull()).isTrue());
    }

    @Test
    void a_code_works_once_and_a_used_or_unknown_code_stores_nothing() throws Exception {
        long id = measurement();
        List<JsonNode> statements = statements(id);
        String code = codes(id, "LEDER", 1).get(0);

        answer(code, statements, 4, 201);
        long counted = answers(id);
        answer(code, statements, 1, 404);
        answer(code.toLowerCase(), statements, 1, 404);
        answer("0000000000000000", statements, 1, 404);
        answer("ikke-en-kode", statements, 1, 404);

        assertThat(answers(id)).isEqualTo(counted).isEqualTo(18);
        assertThat(jdbc.sql("select count(*) from temperature_invitation where measurement_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_cpr_number_in_a_comment_is_refused_without_echoing_it_and_the_code_stays_usable() throws Exception {
        long id = measurement();
        List<JsonNode> statements = statements(id);
        String code = codes(id, "PARTNER", 1).get(0);
        String cpr = CprShaped.of(1, 1, 90, "-", 1234);

        String body = mvc.perform(post("/api/v1/answers/" + code).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {}, \"comment\": \"Ring til " + cpr + "\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("CPR-nummer").doesNotContain("1234");
        assertThat(answers(id)).isZero();
        answer(code, statements, null, 201);
        assertThat(answers(id)).isEqualTo(18);
    }

    @Test
    void another_municipalitys_leder_and_anonymous_users_cannot_read_results_and_the_network_only_after_sharing()
            throws Exception {
        long id = measurement();
        String results = BASE + "/" + id + "/results";
        mvc.perform(get(results).with(httpBasic("leder.aarhus", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get(results)).andExpect(status().isUnauthorized());
        mvc.perform(post(BASE).with(httpBasic("leder.aarhus", RaaderumIntegrationTest.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\": 2026}")).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/invitations").with(POLITICIAN).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"LEDER\", \"count\": 1}"))
                .andExpect(status().isForbidden());
        try {
            call(put("/api/v1/municipalities/" + HOLSTEBRO + "/sharing").content("{\"shares\": false}"), LEDER, 200);
            call(get(results), NETWORK, 403);
            call(put("/api/v1/municipalities/" + HOLSTEBRO + "/sharing").content("{\"shares\": true}"), LEDER, 200);
            call(get(results), NETWORK, 200);
            call(get(BASE + "/" + id + "/comments"), NETWORK, 403);
            call(get(BASE + "/" + id + "/interviews"), NETWORK, 403);
        } finally {
            call(put("/api/v1/municipalities/" + HOLSTEBRO + "/sharing").content("{\"shares\": false}"), LEDER, 200);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'leder.aarhus' and outcome = 'afvist' "
                + "and target like '%temperaturmåling%'").query(Long.class).single()).isPositive();
    }

    @Test
    void nothing_stored_links_an_answer_to_its_code_or_time_and_every_answer_rewrites_all_counts() throws Exception {
        long id = measurement();
        List<JsonNode> statements = statements(id);
        List<String> codes = codes(id, "MEDARBEJDER", 2);
        answer(codes.get(0), statements, 3, 201);
        answer(codes.get(1), statements, 4, 201);

        List<String> columns = jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_name in ('temperature_tally', 'temperature_comment')""").query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("temperature_tally.statement_id", "temperature_tally.role",
                "temperature_tally.score", "temperature_tally.answers", "temperature_comment.measurement_id",
                "temperature_comment.role", "temperature_comment.body");
        // one row version for all of the measurement's counts: the newest answer cannot be told from the rest
        assertThat(jdbc.sql("""
                select count(distinct t.xmin::text) from temperature_tally t
                join temperature_statement s on s.id = t.statement_id where s.measurement_id = ?""")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from temperature_invitation where measurement_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_bad_answer_or_request_is_refused_with_the_field_named() throws Exception {
        long id = measurement();
        String code = codes(id, "MEDARBEJDER", 1).get(0);
        long statement = statements(id).get(0).get("id").asLong();

        JsonNode tooHigh = call(post("/api/v1/answers/" + code).content("{\"answers\": {\"" + statement + "\": 6}}"),
                null, 400);
        assertThat(tooHigh.get("field").asString()).isEqualTo("answers");
        JsonNode foreign = call(post("/api/v1/answers/" + code).content("{\"answers\": {\"999999999\": 3}}"), null, 400);
        assertThat(foreign.get("detail").asString()).contains("hører ikke til");
        assertThat(call(post(BASE + "/" + id + "/invitations").content("{\"role\": \"BORGER\", \"count\": 2}"), LEDER,
                400).get("field").asString()).isEqualTo("role");
        assertThat(call(post(BASE + "/" + id + "/invitations").content("{\"role\": \"LEDER\", \"count\": 0}"), LEDER,
                400).get("field").asString()).isEqualTo("count");
        assertThat(call(post(BASE).content("{\"year\": 1999}"), LEDER, 400).get("field").asString()).isEqualTo("year");
        assertThat(answers(id)).isZero();
    }

    private long answers(long measurement) {
        return jdbc.sql("""
                select coalesce(sum(t.answers), 0) from temperature_tally t
                join temperature_statement s on s.id = t.statement_id where s.measurement_id = ?""")
                .param(measurement).query(Long.class).single();
    }
}
