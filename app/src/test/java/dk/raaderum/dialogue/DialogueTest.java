package dk.raaderum.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import tools.jackson.databind.JsonNode;
import dk.raaderum.CprShaped;

/** Dialogue meetings and satisfaction surveys in Frederikshavn (813), which has no demo data. */
@RaaderumIntegrationTest
class DialogueTest {

    private static final String BASE = "/api/v1/municipalities/813/dialogue";
    private static final RequestPostProcessor LEDER = user("leder.frederikshavn")
            .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_813");

    @Autowired
    MockMvc mvc;

    private JsonNode surveys(String csv, ResultMatcher expected) throws Exception {
        return Api.parse(mvc.perform(post(BASE + "/satisfaction/import").with(LEDER).with(csrf()).contentType("text/csv")
                .content(csv)).andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    private Double share(String indicator, String year) throws Exception {
        JsonNode v = Api.parse(mvc.perform(get("/api/v1/values?indicator=" + indicator + "&municipality=813&from=" + year))
                .andReturn().getResponse().getContentAsString()).get(0).get("value");
        return v.isNull() ? null : v.asDouble();
    }

    @Test
    void survey_results_become_yearly_shares_a_year_again_replaces_it_and_few_respondents_are_withheld()
            throws Exception {
        surveys("aar;undersoegelse;svar;tilfredse\n2024;borgere;200;150\n2025;borgere;3;3\n2024;virksomheder;40;30\n",
                status().isOk());
        assertThat(share("tilfredshed_borgere", "2024")).isEqualTo(75.0); // 150 / 200
        assertThat(share("tilfredshed_virksomheder", "2024")).isEqualTo(75.0);
        assertThat(share("tilfredshed_borgere", "2025")).as("3 respondents").isNull();

        surveys("aar;undersoegelse;svar;tilfredse\n2024;borgere;200;160\n", status().isOk());
        assertThat(share("tilfredshed_borgere", "2024")).isEqualTo(80.0);

        JsonNode bad = surveys("aar;undersoegelse;svar;tilfredse\n2023;borgere;100;90\n2023;virksomheder;10;11\n",
                status().isBadRequest());
        assertThat(bad.get("line").asInt()).isEqualTo(3);
        assertThat(bad.get("field").asString()).isEqualTo("tilfredse");
        assertThat(share("tilfredshed_borgere", "2023")).as("nothing of the refused file is stored").isNull();
    }

    @Test
    void a_dialogue_meeting_is_recorded_by_the_leder_and_read_by_a_politician() throws Exception {
        mvc.perform(post(BASE + "/meetings").with(LEDER).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"heldOn": "2026-10-01", "audience": "VIRKSOMHEDER", "participants": "Lokale håndværkere",
                 "themes": "Svartider", "takeaways": "Serviceniveau i næste plan"}""")).andExpect(status().isCreated());
        String cprShaped = CprShaped.of(12, 3, 77, "", 4321);
        JsonNode refused = Api.parse(mvc.perform(post(BASE + "/meetings").with(LEDER).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"heldOn": "2026-10-02", "audience": "BORGERE", "participants": "Unge",
                         "themes": "Borger %s fortalte"}""".formatted(cprShaped)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.get("field").asString()).isEqualTo("themes");
        assertThat(refused.get("detail").asString()).doesNotContain(CprShaped.date(12, 3, 77));

        JsonNode meetings = Api.parse(mvc.perform(get(BASE + "/meetings").with(user("politiker.frederikshavn")
                .authorities(() -> "ROLE_POLITIKER", () -> "KOMMUNE_813"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).get("takeaways").asString()).isEqualTo("Serviceniveau i næste plan");
        mvc.perform(post(BASE + "/meetings").with(user("politiker.frederikshavn")
                .authorities(() -> "ROLE_POLITIKER", () -> "KOMMUNE_813")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }
}
