package dk.raaderum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;
import dk.raaderum.platform.Progress;

@RaaderumIntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Imports imports;
    @TempDir
    Path folder;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void an_anonymous_visitor_refused_a_protected_page_is_in_the_trail() throws Exception {
        long before = count("select count(*) from audit_event where username = 'anonym' and target = 'GET /admin/import'");
        mvc.perform(get("/admin/import")).andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from audit_event where username = 'anonym' and target = 'GET /admin/import' "
                + "and outcome = 'afvist'")).isEqualTo(before + 1);
    }

    @Test
    void a_leader_refused_the_admin_pages_is_in_the_trail_under_her_municipality() throws Exception {
        String refused = "select count(*) from audit_event where username = 'leder.vejen' and municipality_code = 575 "
                + "and target = 'GET /admin/brugere' and outcome = 'afvist'";
        long before = count(refused);
        mvc.perform(get("/admin/brugere").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("leder.vejen").authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_575")))
                .andExpect(status().isForbidden());
        assertThat(count(refused)).isEqualTo(before + 1);
    }

    @Test
    void a_form_post_without_csrf_token_is_in_the_trail() throws Exception {
        long before = count("select count(*) from audit_event where detail like 'CSRF%'");
        mvc.perform(post("/kommune/575/plan/tekster/VISION").param("body", "x")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("leder.vejen")
                        .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_575"))).andExpect(status().isForbidden());
        assertThat(count("select count(*) from audit_event where detail like 'CSRF%'")).isEqualTo(before + 1);
    }

    @Test
    void a_refused_import_is_in_the_trail_under_the_importers_municipality() throws Exception {
        accounts.create(new UserAccounts.NewAccount("analytiker.vejen", "Analytiker, Vejen", Role.ANALYTIKER, 575,
                "Analyse-Vejen-2026"), "test");
        Path bad = Files.writeString(folder.resolve("forkert.csv"), "OMRÅDE;TID;INDHOLD\nVejen;2017K1;1e300\n");
        ImportOutcome outcome = imports.statisticsDenmark(bad, new Imports.DstTarget("dst_test_audit", "Test", "ANTAL"),
                Map.of(), "analytiker.vejen", Progress.SILENT);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(count("select count(*) from audit_event where username = 'analytiker.vejen' and action = 'import' "
                + "and outcome = 'afvist' and municipality_code = 575")).isEqualTo(1);
    }

    @Test
    void a_browser_login_carries_the_municipality_and_api_requests_are_not_logged_one_by_one() throws Exception {
        accounts.create(new UserAccounts.NewAccount("audit.basic", "Test", Role.POLITIKER, 575, "Politik-Vejen-2026"), "test");
        mvc.perform(formLogin("/login").user("audit.basic").password("Politik-Vejen-2026"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/municipalities/575/goals").with(httpBasic("audit.basic", "Politik-Vejen-2026")))
                    .andExpect(status().isOk());
        }
        assertThat(count("select count(*) from audit_event where username = 'audit.basic' and action = 'login' "
                + "and target = 'raaderum' and municipality_code = 575")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where username = 'audit.basic' and action = 'login' "
                + "and target = 'api'")).isEqualTo(1);
    }

    @Test
    void the_leader_pages_through_and_filters_her_municipalitys_trail() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/municipalities/575/goals").with(httpBasic("leder.aarhus", RaaderumIntegrationTest.DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        String page = mvc.perform(get("/api/v1/municipalities/575/audit?size=2&user=leder.aarhus&outcome=afvist")
                .with(httpBasic("leder.vejen", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var json = Api.parse(page);
        assertThat(json.get("events")).hasSize(2);
        assertThat(json.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(json.get("events").valueStream().map(e -> e.get("user").asString())).containsOnly("leder.aarhus");
        mvc.perform(get("/api/v1/municipalities/575/audit").with(httpBasic("politiker.vejen", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit?size=5").with(httpBasic("admin", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").with(httpBasic("leder.vejen", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_application_cannot_change_or_delete_the_trail() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set outcome = 'ok' where outcome = 'afvist'").update())
                .hasMessageContaining("audit_event");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("audit_event");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasMessageContaining("audit_event");
    }
}
