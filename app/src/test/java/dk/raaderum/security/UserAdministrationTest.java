package dk.raaderum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.RaaderumIntegrationTest;

@RaaderumIntegrationTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor admin() {
        return user("admin").authorities(() -> "ROLE_ADMINISTRATOR", () -> "NETVAERK");
    }

    @Test
    void only_the_administrator_sees_the_users() throws Exception {
        mvc.perform(get("/admin/brugere").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/admin/brugere").with(user("analytiker.kl").authorities(() -> "ROLE_ANALYTIKER", () -> "NETVAERK")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/brugere")).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_weak_password_re_renders_the_form_with_what_was_typed_and_the_reason_at_the_field() throws Exception {
        String html = mvc.perform(post("/admin/brugere").with(admin()).with(csrf())
                .param("username", "ny.leder").param("displayName", "Ny leder, Vejen").param("role", "LEDER")
                .param("municipality", "575").param("password", "kort"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("username").val()).isEqualTo("ny.leder");
        assertThat(page.getElementById("displayName").val()).isEqualTo("Ny leder, Vejen");
        assertThat(page.getElementById("password-fejl").text()).contains("mindst 12 tegn");
        assertThat(page.getElementById("password").attr("aria-invalid")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from app_user where username = 'ny.leder'").query(Long.class).single()).isZero();
    }

    @Test
    void a_created_user_logs_in_changes_role_and_is_locked_out_when_deactivated() throws Exception {
        mvc.perform(post("/admin/brugere").with(admin()).with(csrf()).param("username", "bo.analytiker")
                .param("displayName", "Bo, analytiker").param("role", "ANALYTIKER").param("municipality", "575")
                .param("password", "Tal-og-fakta-2026")).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("bo.analytiker").password("Tal-og-fakta-2026"))
                .andExpect(authenticated().withRoles("ANALYTIKER"));

        mvc.perform(post("/admin/brugere/bo.analytiker").with(admin()).with(csrf()).param("username", "bo.analytiker")
                .param("displayName", "Bo, leder").param("role", "LEDER").param("municipality", "575"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("bo.analytiker").password("Tal-og-fakta-2026"))
                .andExpect(authenticated().withRoles("LEDER"));

        mvc.perform(post("/admin/brugere/bo.analytiker/adgangskode").with(admin()).with(csrf())
                .param("password", "Nyt-kodeord-til-Bo")).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("bo.analytiker").password("Tal-og-fakta-2026")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("bo.analytiker").password("Nyt-kodeord-til-Bo")).andExpect(authenticated());

        mvc.perform(post("/admin/brugere/bo.analytiker/aktiv").with(admin()).with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("bo.analytiker").password("Nyt-kodeord-til-Bo")).andExpect(unauthenticated());

        assertThat(jdbc.sql("select action from audit_event where target = 'bo.analytiker' and username = 'admin' order by id")
                .query(String.class).list()).containsExactly("opret bruger", "ændr bruger", "nulstil adgangskode",
                        "deaktivér bruger");
    }

    @Test
    void a_politician_must_belong_to_a_municipality() throws Exception {
        mvc.perform(post("/admin/brugere").with(admin()).with(csrf()).param("username", "pia.politiker")
                .param("displayName", "Pia").param("role", "POLITIKER").param("municipality", "")
                .param("password", "Byraad-Vejen-2026")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from app_user where username = 'pia.politiker'").query(Long.class).single()).isZero();
    }
}
