package dk.raaderum.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.indicator.Period;
import dk.raaderum.platform.DanishFormat;

@RaaderumIntegrationTest
class ReportTest {

    private static final Period Q2 = Period.quarter(2026, 2);

    @Autowired
    Reports reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @LocalServerPort
    int port;

    private double apiValue(String indicator) {
        return new Api(port).json("/api/v1/values?indicator=" + indicator + "&municipality=575&from=2026-Q2&to=2026-Q2")
                .findValues("value").get(0).asDouble();
    }

    @Test
    void the_pdf_for_vejen_in_2026_q2_is_a_tagged_pdf_whose_figures_match_the_api() {
        PdfCheck pdf = new PdfCheck(reports.committeeReport(575, Q2, ReportFormat.PDF, true));

        assertThat(pdf.pages).isBetween(2, 8);
        assertThat(pdf.tagged).isTrue();
        assertThat(pdf.allFontsEmbedded).isTrue();
        assertThat(pdf.fonts).allMatch(f -> f.contains("DejaVuSans"));
        assertThat(pdf.title).isEqualTo("Opfølgning på beskæftigelsesindsatsen i Vejen Kommune, 2. kvartal 2026");
        assertThat(pdf.text).contains("Opfølgning på beskæftigelsesindsatsen i Vejen Kommune", "Side 1 af " + pdf.pages,
                "Side " + pdf.pages + " af " + pdf.pages, "data til og med", "Jobindsats.dk / STAR");
        assertThat(pdf.text).contains("Ledige fuldtidspersoner " + DanishFormat.number(apiValue("ledige_fuldtid"), 0));
        assertThat(pdf.text).contains(DanishFormat.number(apiValue("kontanthjaelp_pct_befolkning"), 1));
        assertThat(pdf.text).contains("Sammenfatning", "Status på beskæftigelsesplanens mål", "Færre ledige");
    }

    @Test
    void no_text_in_the_pdf_is_drawn_over_other_text_even_with_long_titles_and_large_targets() throws Exception {
        String goal = """
                {"title": "Et mål med en meget lang titel, der skal ombrydes pænt i tabellens første kolonne",
                 "targetGroup": "FLEKSJOBVISITEREDE", "indicator": "ledige_fuldtid", "baselineMonth": "2025-12",
                 "target": 1234567.5, "direction": "OP", "deadline": "2026-12", "owner": "Jobcenterchefen",
                 "teams": [{"team": "Team Vejen Nord", "target": 1234567.5, "owner": "A"}]}""";
        mvc.perform(post("/api/v1/municipalities/575/goals").with(httpBasic("leder.vejen", RaaderumIntegrationTest.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(goal)).andExpect(status().isCreated());

        PdfCheck pdf = new PdfCheck(reports.committeeReport(575, Q2, ReportFormat.PDF, true));
        PdfCheck weekly = new PdfCheck(reports.weeklyOnePager(575, null));
        PdfCheck team = new PdfCheck(reports.weeklyOnePager(575, "Team Vejen Nord"));

        assertThat(pdf.text).contains("1.234.568");
        assertThat(pdf.overlaps).isEmpty();
        assertThat(weekly.overlaps).isEmpty();
        assertThat(team.overlaps).isEmpty();
    }

    @Test
    void the_html_and_the_pdf_carry_the_same_summary() {
        String html = new String(reports.committeeReport(575, Q2, ReportFormat.HTML, true), StandardCharsets.UTF_8);
        PdfCheck pdf = new PdfCheck(reports.committeeReport(575, Q2, ReportFormat.PDF, true));

        var sentences = Jsoup.parse(html).select(".summary li").eachText();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(5);
        assertThat(sentences).allMatch(s -> pdf.text.contains(s));
        assertThat(Jsoup.parse(html).select("svg")).hasSize(2);
        assertThat(Jsoup.parse(html).select("figure figcaption")).allMatch(c -> c.text().contains("Kilde"));
    }

    @Test
    void a_quarter_without_data_says_so_instead_of_showing_zero() {
        String html = new String(reports.committeeReport(575, Period.quarter(2019, 1), ReportFormat.HTML, false),
                StandardCharsets.UTF_8);
        var summary = Jsoup.parse(html).select(".summary li").eachText();

        assertThat(summary).contains("Ledige: der er ingen tal for 1. kvartal 2019.");
        assertThat(Jsoup.parse(html).select("tr[data-indicator=ledige_fuldtid] td").eachText())
                .contains("ingen data").doesNotContain("0");
    }

    @Test
    void a_quarter_whose_months_are_not_all_in_is_refused_naming_the_latest_complete_quarter() throws Exception {
        // The shipped Jobindsats extract ends in July 2026, so the third quarter has one month of three.
        assertThat(reports.latestCompleteQuarter()).contains(Q2);
        assertThat(reports.refusal(Period.quarter(2026, 3))).get().asString()
                .contains("3. kvartal 2026", "2. kvartal 2026 (2026-Q2)");
        assertThat(reports.refusal(Q2)).isEmpty();
        assertThat(reports.refusal(Period.month(2026, 5))).isPresent();

        // the reason reaches the Danish error page through ErrorPages (4xx messages are the user's to read)
        String reason = mvc.perform(get("/kommune/575/rapport?kvartal=2026-Q3"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getErrorMessage();
        assertThat(reason).contains("det seneste hele kvartal er 2. kvartal 2026");
        mvc.perform(get("/kommune/575/rapport")).andExpect(status().isOk());
    }

    @Test
    void a_plan_with_many_goals_breaks_its_goal_table_over_pages_without_drawing_text_over_text() throws Exception {
        for (int i = 1; i <= 30; i++) {
            mvc.perform(post("/api/v1/municipalities/751/goals").with(httpBasic("leder.aarhus", RaaderumIntegrationTest.DEMO_PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"title": "Rapportmål %d om flere ledige i ordinære timer", "targetGroup": "JOBPARATE",
                             "indicator": "ledige_fuldtid", "baselineMonth": "2025-06", "target": %d, "direction": "NED",
                             "deadline": "2027-06", "owner": "Jobcenterchefen", "teams": []}""".formatted(i, 1000 + i)))
                    .andExpect(status().isCreated());
        }

        PdfCheck pdf = new PdfCheck(reports.committeeReport(751, Q2, ReportFormat.PDF, true));

        assertThat(pdf.text).contains("Rapportmål 1 om", "Rapportmål 30 om");
        assertThat(pdf.overlaps).isEmpty();
    }

    @Test
    void the_weekly_one_pager_is_one_page_with_the_goals_and_can_be_made_per_team() {
        PdfCheck all = new PdfCheck(reports.weeklyOnePager(575, null));
        PdfCheck team = new PdfCheck(reports.weeklyOnePager(575, "Team Vejen Nord"));

        assertThat(all.pages).isEqualTo(1);
        assertThat(all.text).contains("Ugens effekt: Vejen Kommune", "Færre ledige", "Nøgletal");
        assertThat(team.pages).isEqualTo(1);
        assertThat(team.text).contains("Team Vejen Nord", "holdets andel").doesNotContain("Færre på kontanthjælp");
    }

    @Test
    void the_public_report_leaves_out_the_plan_and_a_plan_reader_gets_it() throws Exception {
        String anonymous = mvc.perform(get("/kommune/575/rapport?kvartal=2026-Q2")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String leder = mvc.perform(get("/kommune/575/rapport?kvartal=2026-Q2")
                .with(user(users.loadUserByUsername("leder.vejen")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(anonymous).contains("vises kun for læsere med adgang").doesNotContain("Færre ledige");
        assertThat(leder).contains("Færre ledige");
        mvc.perform(get("/kommune/575/rapport?kvartal=2026-Q2&format=pdf")).andExpect(status().isOk());
        mvc.perform(get("/kommune/575/rapport?kvartal=2026-05")).andExpect(status().isBadRequest());
        mvc.perform(get("/kommune/575/plan/ugens-effekt").with(user(users.loadUserByUsername("leder.aarhus"))))
                .andExpect(status().isForbidden());
    }
}
