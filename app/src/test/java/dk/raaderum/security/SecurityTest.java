package dk.raaderum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.RaaderumIntegrationTest;

@RaaderumIntegrationTest
class SecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void public_statistics_need_no_login() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/kommune/575")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/values").param("indicator", "ledige_fuldtid").param("from", "2024-01"))
                .andExpect(status().isOk());
    }

    @Test
    void the_import_page_sends_an_anonymous_visitor_to_login() throws Exception {
        mvc.perform(get("/admin/import")).andExpect(status().is3xxRedirection())
                
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
    }

    @Test
    void a_leader_may_not_import_but_an_analyst_may() throws Exception {
        mvc.perform(get("/admin/import").with(user("leder.vejen").roles("LEDER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import").with(user("analytiker.kl").roles("ANALYTIKER"))).andExpect(status().isOk());
    }

    @Test
    void a_form_post_without_a_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/import").with(user("admin").roles("ADMINISTRATOR")).param("kind", "dst"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_demo_users_log_in_with_the_configured_password_and_not_with_another() throws Exception {
        mvc.perform(formLogin("/login").user("leder.vejen").password(RaaderumIntegrationTest.DEMO_PASSWORD))
                .andExpect(authenticated().withRoles("LEDER"));
        mvc.perform(formLogin("/login").user("leder.vejen").password("forkert")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("admin").password(RaaderumIntegrationTest.DEMO_PASSWORD))
                .andExpect(authenticated().withRoles("ADMINISTRATOR"));
    }

    @Test
    void api_clients_may_authenticate_with_http_basic_and_a_wrong_password_is_refused() throws Exception {
        mvc.perform(get("/api/v1/municipalities").with(httpBasic("analytiker.kl", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/municipalities").with(httpBasic("analytiker.kl", "forkert")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void every_demo_user_belongs_to_the_right_municipality_and_no_password_is_stored_in_clear() {
        List<String> users = jdbc.sql("select username || ':' || role || ':' || coalesce(municipality_code::text, 'KL') "
                + "from app_user order by username").query(String.class).list();
        assertThat(users).contains("leder.vejen:LEDER:575", "leder.aarhus:LEDER:751", "analytiker.kl:ANALYTIKER:KL",
                "admin:ADMINISTRATOR:KL");
        List<String> hashes = jdbc.sql("select password_hash from app_user").query(String.class).list();
        assertThat(hashes).allSatisfy(h -> assertThat(h).startsWith("{bcrypt}").doesNotContain(RaaderumIntegrationTest.DEMO_PASSWORD));
    }

    @Test
    void logins_are_written_to_the_audit_trail() throws Exception {
        String refused = "select count(*) from audit_event where username = 'leder.aarhus' and action = 'login' "
                + "and outcome = 'afvist'";
        long before = jdbc.sql(refused).query(Long.class).single();
        mvc.perform(formLogin("/login").user("leder.aarhus").password("forkert"));
        assertThat(jdbc.sql(refused).query(Long.class).single()).isEqualTo(before + 1);
    }
}
