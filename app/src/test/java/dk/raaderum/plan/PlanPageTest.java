package dk.raaderum.plan;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.raaderum.RaaderumIntegrationTest;

@RaaderumIntegrationTest
class PlanPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(as(username, get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder goalForm(MockHttpServletRequestBuilder request, String title) {
        return goalForm(request, title, "1.000.000");
    }

    private MockHttpServletRequestBuilder goalForm(MockHttpServletRequestBuilder request, String title, String target) {
        return request.param("title", title).param("kind", "LOKAL").param("targetGroup", "SYGEMELDTE")
                .param("indicator", "ledige_fuldtid").param("baselineMonth", "2025-12").param("target", target)
                .param("direction", "NED").param("deadline", "2026-12").param("owner", "Afdelingslederen")
                .param("teams", "Team Øst; 600.000; Leder Ø\nTeam Vest; 400.000; Leder V");
    }

    @Test
    void leder_vejen_creates_a_goal_in_the_browser_and_sees_its_status() throws Exception {
        mvc.perform(goalForm(as("leder.vejen", post("/kommune/575/plan/maal")), "Mål fra formularen"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "Målet er oprettet"));

        String plan = page("leder.vejen", "/kommune/575/plan?aar=2026");
        long id = jdbc.sql("select id from goal where title = 'Mål fra formularen'").query(Long.class).single();
        String goal = page("leder.vejen", "/kommune/575/plan/maal/" + id);

        assertThat(plan).contains("Opret mål");
        Element row = Jsoup.parse(plan).select("table#maal tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Mål fra formularen")).findFirst().orElseThrow();
        // the target (1.000.000 fewer-is-better) is far above today's level, so the goal is on track
        assertThat(row.select("td").last().text()).isEqualTo("på sporet");
        assertThat(goal).contains("1.000.000 fuldtidspersoner", "Team Øst", "600.000",
                "Holdenes mål hænger sammen med kommunens mål", "opfylder allerede");
    }

    @Test
    void a_bad_number_in_the_form_is_refused_with_the_field_named() throws Exception {
        String page = mvc.perform(goalForm(as("leder.vejen", post("/kommune/575/plan/maal")), "Dårligt tal", "mange"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        var form = Jsoup.parse(page);
        assertThat(form.selectFirst("[role=alert]").text()).contains("Målet blev ikke oprettet", "«Målværdi»");
        assertThat(form.selectFirst("#target-fejl").text()).isEqualTo("Feltet 'Målværdi' skal være et tal");
        assertThat(form.selectFirst("input#target").attr("aria-invalid")).isEqualTo("true");
        // what the user typed is still there, so only the wrong field needs retyping
        assertThat(form.selectFirst("input#target").val()).isEqualTo("mange");
        assertThat(form.selectFirst("input#title").val()).isEqualTo("Dårligt tal");

        assertThat(jdbc.sql("select count(*) from goal where title = 'Dårligt tal'").query(Long.class).single()).isZero();
    }

    @Test
    void leder_aarhus_gets_403_on_vejens_plan_pages_both_reading_and_writing() throws Exception {
        for (String path : new String[] {"/kommune/575/plan", "/kommune/575/plan/motorvej",
            "/kommune/575/plan/beslutninger", "/kommune/575/plan/resultatrevision/2025"}) {
            mvc.perform(as("leder.aarhus", get(path))).andExpect(status().isForbidden());
        }
        mvc.perform(goalForm(as("leder.aarhus", post("/kommune/575/plan/maal")), "Aarhus' forsøg"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from goal where title = 'Aarhus'' forsøg'").query(Long.class).single()).isZero();
    }

    @Test
    void the_plan_pages_need_a_login_while_the_public_municipality_page_does_not() throws Exception {
        mvc.perform(get("/kommune/575/plan")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/kommune/575")).andExpect(status().isOk());
    }

    @Test
    void a_politiker_reads_the_plan_without_forms_to_change_it() throws Exception {
        String plan = page("politiker.vejen", "/kommune/575/plan");

        assertThat(plan).contains("Mål og status").doesNotContain("Opret mål");
        mvc.perform(goalForm(as("politiker.vejen", post("/kommune/575/plan/maal")), "Politikerens mål"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_demo_plan_for_vejen_shows_motorvej_decisions_and_resultatrevision() throws Exception {
        assertThat(page("leder.vejen", "/kommune/575/plan/motorvej?aar=2026"))
                .contains("Aktivitetsparate kontanthjælpsmodtagere har mål, men intet budget.", "12,0 mio. kr.");
        assertThat(page("leder.vejen", "/kommune/575/plan/beslutninger"))
                .contains("Hyppigere samtaler med nyledige", "valgt");
        assertThat(page("leder.vejen", "/kommune/575/plan/resultatrevision/2025"))
                .contains("Kontanthjælp i pct. af befolkningen 16-66 år");
    }

    @Test
    void leder_vejen_changes_a_goal_from_its_page_which_shows_the_current_values_in_the_form() throws Exception {
        mvc.perform(goalForm(as("leder.vejen", post("/kommune/575/plan/maal")), "Mål der rettes"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from goal where title = 'Mål der rettes'").query(Long.class).single();

        String before = page("leder.vejen", "/kommune/575/plan/maal/" + id);
        mvc.perform(goalForm(as("leder.vejen", post("/kommune/575/plan/maal/" + id)), "Mål der rettes", "250,5"))
                .andExpect(flash().attribute("message", "Målet er gemt"));

        assertThat(before).contains("Ret målet");
        var shown = Jsoup.parse(before);
        assertThat(shown.selectFirst("input#target").val()).isEqualTo("1.000.000");
        assertThat(shown.selectFirst("textarea#teams").val().lines()).contains("Team Øst; 600.000; Leder Ø");
        assertThat(jdbc.sql("select target_value from goal where id = ?").param(id).query(Double.class).single())
                .isEqualTo(250.5);
        assertThat(page("politiker.vejen", "/kommune/575/plan/maal/" + id)).doesNotContain("Ret målet");
        mvc.perform(goalForm(as("leder.aarhus", post("/kommune/575/plan/maal/" + id)), "Aarhus retter", "1"))
                .andExpect(status().isForbidden());
    }
}
