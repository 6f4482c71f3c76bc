package dk.raaderum.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;

/**
 * Anonymous answers are kept until the database changes: whatever commits a change (here a plain SQL update that
 * no import and no event announces) is in the very next answer, and a visitor with a login or a session neither
 * gets a kept answer nor leaves one behind.
 */
@RaaderumIntegrationTest
class PublicPageCacheTest {

    private static final String VALUES = "/api/v1/values?indicator=ledige_fuldtid&municipality=575&from=2026-07&to=2026-07";

    @LocalServerPort
    int port;
    @Autowired
    PublicPageCache cache;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_second_anonymous_request_for_a_page_is_answered_from_the_cache_with_the_same_page_and_headers() {
        HttpResponse<String> first = api.get("/kommune/575", "text/html");
        long hits = cache.hits();
        HttpResponse<String> second = api.get("/kommune/575", "text/html");

        assertThat(cache.hits()).isEqualTo(hits + 1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent()
                .isEqualTo(first.headers().firstValue("Content-Security-Policy"));
    }

    @Test
    void the_api_answer_from_the_cache_keeps_its_paging_headers() {
        String all = "/api/v1/values?indicator=ledige_fuldtid&from=2026-07&to=2026-07&size=10";
        HttpResponse<String> first = api.get(all, "application/json");
        HttpResponse<String> second = api.get(all, "application/json");

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("X-Total-Count")).isPresent().isEqualTo(first.headers().firstValue("X-Total-Count"));
        assertThat(second.headers().firstValue("Link")).isPresent().isEqualTo(first.headers().firstValue("Link"));
    }

    @Test
    void a_change_no_import_announces_is_in_the_very_next_answer() {
        double shipped = valueInJuly();
        api.json(VALUES); // kept now
        try {
            write(shipped + 1000);
            assertThat(valueInJuly()).isEqualTo(shipped + 1000);
        } finally {
            write(shipped);
        }
        assertThat(valueInJuly()).isEqualTo(shipped);
    }

    @Test
    void a_logged_in_visitor_neither_gets_the_kept_page_nor_leaves_theirs_behind() throws Exception {
        api.get("/kommune/575", "text/html");
        api.get("/kommune/575", "text/html"); // kept for anonymous visitors now
        long hits = cache.hits();

        String leder = mvc.perform(get("/kommune/575").with(user("leder.vejen").roles("LEDER"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = api.get("/kommune/575", "text/html");

        assertThat(leder).contains("Log ud");
        assertThat(anonymous.body()).doesNotContain("Log ud").contains("Log ind");
        assertThat(cache.hits()).isEqualTo(hits + 1);
    }

    @Test
    void twelve_visitors_at_once_on_a_page_not_yet_kept_wait_for_one_rendering() throws Exception {
        String unseen = "/benchmark?indikator=ledige_pct_arbejdsstyrke&samtidig=" + System.nanoTime();
        long renderings = cache.renderings();
        ExecutorService visitors = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(visitors.submit(() -> {
                    start.await();
                    return api.get(unseen, "text/html");
                }));
            }
            start.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                bodies.add(answer.get().body());
            }
            assertThat(bodies).hasSize(1);
        } finally {
            visitors.shutdownNow();
        }
        assertThat(cache.renderings()).isEqualTo(renderings + 1);
    }

    @Test
    void a_request_with_a_cookie_passes_by_the_cache() {
        api.get("/benchmark", "text/html");
        long hits = cache.hits();
        HttpResponse<String> withCookie = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/benchmark"))
                .header("Cookie", "JSESSIONID=forældet").build());

        assertThat(withCookie.statusCode()).isEqualTo(200);
        assertThat(cache.hits()).isEqualTo(hits);
    }

    private double valueInJuly() {
        return api.json(VALUES).get(0).get("value").asDouble();
    }

    private void write(double value) {
        jdbc.sql("""
                update indicator_value set value = :value
                where indicator_id = 'ledige_fuldtid' and area_level = 'KOMMUNE' and area_code = 575
                  and period_type = 'MONTH' and period_start = :month""")
                .param("value", value).param("month", LocalDate.parse("2026-07-01")).update();
    }

}
