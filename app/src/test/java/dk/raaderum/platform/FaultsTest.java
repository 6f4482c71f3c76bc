package dk.raaderum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;

/** Faults found by trying Råderum as an attacker and an operator would: each answers 4xx, never 500. */
@RaaderumIntegrationTest
class FaultsTest {

    private static final String PASSWORD = RaaderumIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private Api api() {
        return new Api(port);
    }

    @Test
    void thirty_six_concurrent_saves_of_a_text_all_succeed_with_thirty_six_different_versions() throws Exception {
        int before = jdbc.sql("select coalesce(max(version), 0) from steering_text where municipality_code = 575 "
                + "and kind = 'STRATEGIER'").query(Integer.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<HttpResponse<String>>> saves = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String body = "{\"body\": \"Strategi nr. " + i + "\"}";
            saves.add(pool.submit(() -> api().as("leder.vejen", PASSWORD, "PUT",
                    "/api/v1/municipalities/575/texts/strategier", body)));
        }
        for (Future<HttpResponse<String>> save : saves) {
            assertThat(save.get().statusCode()).as(save.get().body()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(jdbc.sql("select count(distinct version) from steering_text where municipality_code = 575 "
                + "and kind = 'STRATEGIER' and version > ?").param(before).query(Integer.class).single()).isEqualTo(36);
    }

    @Test
    void a_goal_changed_and_deleted_at_the_same_time_never_gives_500() throws Exception {
        String goal = """
                {"title": "Kapløb", "targetGroup": "JOBPARATE", "indicator": "ledige_fuldtid", "baselineMonth": "2025-06",
                 "target": 300, "direction": "NED", "deadline": "2026-12", "owner": "Chef",
                 "teams": [{"team": "Team A", "target": 300, "owner": "A"}]}""";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 8; round++) {
            HttpResponse<String> created = api().as("leder.vejen", PASSWORD, "POST", "/api/v1/municipalities/575/goals", goal);
            long id = Api.parse(created.body()).get("id").asLong();
            String path = "/api/v1/municipalities/575/goals/" + id;
            Callable<HttpResponse<String>> change = () -> api().as("leder.vejen", PASSWORD, "PUT", path, goal);
            Callable<HttpResponse<String>> delete = () -> api().as("leder.vejen", PASSWORD, "DELETE", path, null);
            Future<HttpResponse<String>> a = pool.submit(change);
            Future<HttpResponse<String>> b = pool.submit(delete);
            assertThat(Set.of(200, 404)).contains(a.get().statusCode());
            assertThat(Set.of(204, 404)).contains(b.get().statusCode());
        }
        pool.shutdown();
    }

    @Test
    void a_nul_character_in_a_text_is_refused_with_400_in_json_and_in_a_form() {
        HttpResponse<String> json = api().as("leder.vejen", PASSWORD, "PUT", "/api/v1/municipalities/575/texts/vision",
                "{\"body\": \"før\\u0000efter\"}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("NUL-tegn");
        HttpResponse<String> form = api().get("/?indikator=ledige%00fuldtid", "text/html");
        assertThat(form.statusCode()).isEqualTo(400);
    }

    @Test
    void a_table_that_is_not_on_the_page_is_404_for_a_real_client() {
        HttpResponse<String> missing = api().get("/?eksport=csv&tabel=findes-ikke", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void a_range_of_ten_thousand_years_is_cut_to_the_months_that_have_data() {
        HttpResponse<String> all = api().get("/api/v1/values?indicator=ledige_fuldtid&from=0001-01&to=9999-12",
                "application/json");
        assertThat(all.statusCode()).isEqualTo(200);
        // the shipped extract: 98 municipalities, 2021M08 to 2026M07 = 60 months
        assertThat(all.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(98 * 60));
        assertThat(Api.parse(all.body())).hasSize(98 * 60);
        assertThat(all.body().length()).isLessThan(1_000_000);
    }

    @Test
    void a_large_answer_comes_in_pages_linked_from_each_other() {
        HttpResponse<String> first = api().get("/api/v1/values?indicator=ledige_fuldtid&from=2021-08&to=2026-07&size=1000",
                "application/json");
        assertThat(Api.parse(first.body())).hasSize(1000);
        String next = first.headers().firstValue("Link").orElseThrow();
        assertThat(next).contains("page=1").contains("rel=\"next\"");
        HttpResponse<String> last = api().get("/api/v1/values?indicator=ledige_fuldtid&from=2021-08&to=2026-07&size=1000&page=5",
                "application/json");
        assertThat(Api.parse(last.body())).hasSize(98 * 60 - 5000);
        assertThat(last.headers().firstValue("Link")).isEmpty();
        assertThat(api().get("/api/v1/values?indicator=ledige_fuldtid&from=2021-08&size=100000", "application/json")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void a_csv_cell_that_a_spreadsheet_would_run_is_neutralised_in_the_download() throws Exception {
        String goal = """
                {"title": "=HYPERLINK(\\"http://angriber.example\\")", "targetGroup": "JOBPARATE", "indicator": "ledige_fuldtid",
                 "baselineMonth": "2025-06", "target": 300, "direction": "NED", "deadline": "2026-12", "owner": "@chef",
                 "teams": []}""";
        assertThat(api().as("leder.vejen", PASSWORD, "POST", "/api/v1/municipalities/575/goals", goal).statusCode())
                .isEqualTo(201);
        String csv = mvc.perform(get("/kommune/575/plan?eksport=csv&tabel=maal").with(user("leder.vejen")
                .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_575")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain("\n=HYPERLINK");
    }
}
