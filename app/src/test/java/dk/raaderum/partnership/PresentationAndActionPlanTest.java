package dk.raaderum.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.indicator.Period;
import dk.raaderum.report.PdfCheck;
import dk.raaderum.report.ReportFormat;
import dk.raaderum.report.Reports;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.CprShaped;

@RaaderumIntegrationTest
class PresentationAndActionPlanTest {

    private static final RequestPostProcessor LEDER_VEJEN = user("leder.vejen")
            .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_575");
    private static final RequestPostProcessor NETWORK = user("analytiker.kl")
            .authorities(() -> "ROLE_ANALYTIKER", () -> "NETVAERK");
    private static final RequestPostProcessor LEDER_AARHUS = user("leder.aarhus")
            .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_751");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reports reports;
    @Autowired
    MunicipalityAccess access;

    private long vejenDemo2026() {
        return jdbc.sql("select min(id) from temperature_measurement where municipality_code = 575 and year = 2026 "
                + "and synthetic").query(Long.class).single();
    }

    private byte[] get200(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_council_presentation_is_a_tagged_pdf_with_the_survey_by_recommendation_and_role() throws Exception {
        String address = "/kommune/575/temperatur/" + vejenDemo2026() + "/praesentation?format=pdf";

        PdfCheck pdf = new PdfCheck(get200(get(address).with(LEDER_VEJEN)));

        assertThat(pdf.tagged).isTrue();
        assertThat(pdf.allFontsEmbedded).isTrue();
        assertThat(pdf.fonts).allMatch(f -> f.contains("DejaVuSans"));
        assertThat(pdf.overlaps).isEmpty();
        assertThat(pdf.title).isEqualTo("Temperaturmåling af beskæftigelsesindsatsen i Vejen Kommune 2026");
        assertThat(pdf.text).contains("Sammenfatning", "Nøgletal og fair benchmark",
                "Temperaturmålingen: anbefalinger og roller", "Forskelle mellem rollerne", "Anbefalinger at sætte fokus på",
                "Konkrete handlinger for kommunalbestyrelsen", "Syntetisk eksempel", "for få svar",
                "Målingen har 68 svar", "Side 1 af " + pdf.pages);
        assertThat(pdf.text).contains("Eksempel: Udvalget oplever at have klare mål");
    }

    @Test
    void the_networks_copy_of_the_presentation_leaves_out_the_interview_notes() throws Exception {
        long id = vejenDemo2026();
        boolean shared = access.sharesWithNetwork(575);
        try {
            access.setSharing(575, true, "test");
            String html = new String(get200(get("/kommune/575/temperatur/" + id + "/praesentation?format=html")
                    .with(NETWORK)), StandardCharsets.UTF_8);
            assertThat(html).contains("Temperaturmålingen: anbefalinger og roller").contains("interview")
                    .doesNotContain("Udvalget oplever at have klare mål");
        } finally {
            access.setSharing(575, shared, "test");
        }
    }

    @Test
    void the_action_plan_is_a_section_of_the_committee_report_for_plan_readers_only() {
        PdfCheck pdf = new PdfCheck(reports.committeeReport(575, Period.quarter(2026, 2), ReportFormat.PDF, true));
        assertThat(pdf.text).contains("Handleplan for de seks anbefalinger", "Af handleplanens");
        Period q2 = Period.quarter(2026, 2);
        String own = new String(reports.committeeReport(575, q2, ReportFormat.HTML, true), StandardCharsets.UTF_8);
        String open = new String(reports.committeeReport(575, q2, ReportFormat.HTML, false), StandardCharsets.UTF_8);

        assertThat(own).contains("Handleplan for de seks anbefalinger", "Af handleplanens", "Økonomichefen",
                "Tage «Ugentlige effektslides til alle medarbejdere» fra Holbæk op");
        assertThat(open).doesNotContain("Handleplan for de seks anbefalinger");
    }

    @Test
    void a_leder_adopts_another_municipalitys_practice_and_the_card_shows_it() throws Exception {
        long slides = jdbc.sql("select id from practice where title like 'Ugentlige effektslides%'")
                .query(Long.class).single();
        String body = "{\"practice\": " + slides + "}";

        mvc.perform(post("/api/v1/municipalities/751/action-plan/adoptions").with(LEDER_AARHUS).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/municipalities/751/action-plan/adoptions").with(LEDER_AARHUS).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/municipalities/316/action-plan/adoptions").with(user("leder.holbaek")
                        .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_316")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());

        String card = new String(get200(get("/api/v1/practices/" + slides)), StandardCharsets.UTF_8);
        assertThat(Api.parse(card).get("adoptedBy").toString()).contains("Aarhus").contains("Vejen");
        assertThat(new String(get200(get("/god-praksis/" + slides)), StandardCharsets.UTF_8)).contains("Taget op af: ")
                .contains("Aarhus");
    }

    @Test
    void an_action_gets_status_owner_and_deadline_and_bad_changes_are_refused_by_field() throws Exception {
        String action = "/api/v1/municipalities/751/action-plan/2.1";
        String ok = "{\"status\": \"I_GANG\", \"owner\": \"Rådmanden\", \"deadline\": \"2027-01-31\", \"goals\": []}";

        String plan = new String(mvc.perform(put(action).with(LEDER_AARHUS).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(ok)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(plan).contains("\"key\":\"2.1\"").contains("\"status\":\"I_GANG\"").contains("Rådmanden");

        long vejenGoal = jdbc.sql("select min(id) from goal where municipality_code = 575").query(Long.class).single();
        for (String[] bad : new String[][] {{"status", ok.replace("I_GANG", "MÅSKE")},
                {"owner", ok.replace("Rådmanden", "Anna " + CprShaped.of(1, 1, 90, "-", 1234))},
                {"deadline", ok.replace("2027-01-31", "31-01-2027")},
                {"goals", ok.replace("[]", "[" + vejenGoal + "]")}}) {
            String refused = new String(mvc.perform(put(action).with(LEDER_AARHUS).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(bad[1])).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            assertThat(Api.parse(refused).get("field").asString()).isEqualTo(bad[0]);
            assertThat(refused).doesNotContain("1234");
        }
        mvc.perform(put(action).with(user("politiker.aarhus").authorities(() -> "ROLE_POLITIKER",
                () -> "KOMMUNE_751")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(ok))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_partnership_pages_render_and_export_their_tables() throws Exception {
        long id = vejenDemo2026();
        assertThat(new String(get200(get("/kommune/575/temperatur/" + id).with(LEDER_VEJEN)), StandardCharsets.UTF_8))
                .contains("Syntetisk eksempel", "for få svar", "Lav svarkoder", "Kommentarer", "Nyt interview");
        assertThat(new String(get200(get("/kommune/575/temperatur/" + id + "?eksport=csv&tabel=anbefalinger")
                .with(LEDER_VEJEN)), StandardCharsets.UTF_8)).contains("Anbefaling;").contains("for få svar");
        assertThat(new String(get200(get("/kommune/575/handleplan").with(LEDER_VEJEN)), StandardCharsets.UTF_8))
                .contains("Handleplan for de seks anbefalinger", "Gem handlingen");
        assertThat(new String(get200(get("/kommune/575/partnerskab")), StandardCharsets.UTF_8))
                .contains("KL&#39;s politiske partnerskab om beskæftigelse").contains("Anden etape");
        assertThat(new String(get200(get("/partnerskaber")), StandardCharsets.UTF_8)).contains("Flere i arbejde");
        assertThat(new String(get200(get("/god-praksis?anbefaling=5")), StandardCharsets.UTF_8))
                .contains("Progressionsmål").doesNotContain("Én indgang og hurtige svar");
        assertThat(new String(get200(get("/partnerskaber/politisk-partnerskab-2013/moeder").with(NETWORK)),
                StandardCharsets.UTF_8)).contains("Netværksmøde", "eksempel");
        mvc.perform(get("/kommune/575/temperatur/" + id).with(user("leder.aarhus")
                .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_751"))).andExpect(status().isForbidden());
        mvc.perform(get("/svar/ABCDEFGHJKMNPQRS")).andExpect(status().isNotFound());
    }
}
