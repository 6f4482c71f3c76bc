package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.CprShaped;

/** The pages on citizens, companies and dialogue for Vejen's demo data, as the leder, a politician and nobody. */
@RaaderumIntegrationTest
class CitizensCompaniesPagesTest {

    private static final RequestPostProcessor LEDER = user("leder.vejen")
            .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_575");
    private static final RequestPostProcessor POLITICIAN = user("politiker.vejen")
            .authorities(() -> "ROLE_POLITIKER", () -> "KOMMUNE_575");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_leder_sees_every_page_and_synthetic_data_say_so() throws Exception {
        long citizen = jdbc.sql("select id from progression_citizen where municipality_code = 575 and case_ref = 'SYN-0010'")
                .query(Long.class).single();
        String cvr = jdbc.sql("select cvr from company where municipality_code = 575 order by cvr limit 1")
                .query(String.class).single();

        assertThat(page("/kommune/575/progression", LEDER)).contains("Syntetiske demodata").contains("undertrykt")
                .contains("sammenhæng, ikke en effekt");
        assertThat(page("/kommune/575/progression?efter=team", LEDER)).contains("Team Vejen Nord");
        assertThat(page("/kommune/575/borgere", LEDER)).contains("SYN-0010 (syntetisk)").contains("Personoplysninger");
        String record = page("/kommune/575/borgere/" + citizen + "?begrundelse=demo", LEDER);
        assertThat(record).contains("data-chart=\"progression\"").contains("Sagsbehandlerens vurdering pr. dimension")
                .contains("syntetiske demodata").contains("Slet borgerens oplysninger");
        assertThat(record).doesNotContain("<script>"); // no inline script; the chart's data is a JSON block
        assertThat(page("/kommune/575/borgere/import", LEDER)).contains("sagsreference");
        assertThat(page("/kommune/575/progression/opsaetning", LEDER)).contains("Beskæftigelsesindikatorprojektet");
        assertThat(page("/kommune/575/virksomheder", LEDER)).contains("(syntetisk)").contains("Serviceniveau");
        assertThat(page("/kommune/575/virksomheder/tal", LEDER)).contains("syntetiske demodata");
        assertThat(page("/kommune/575/virksomheder/" + cvr, LEDER)).contains("Syntetiske demodata");
        assertThat(page("/kommune/575/virksomheder/import", LEDER)).contains("forloeb_id");
        assertThat(page("/kommune/575/dialog", LEDER)).contains("(eksempel)").contains("Tilfredshedsundersøgelser");

        assertThat(jdbc.sql("""
                select count(*) from audit_event where username = 'leder.vejen' and action = 'læs personoplysninger'
                and target = ? and reason = 'demo'""").param("borger " + citizen).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_politician_sees_aggregates_but_no_individual_and_an_anonymous_reader_must_log_in() throws Exception {
        page("/kommune/575/progression", POLITICIAN);
        page("/kommune/575/virksomheder/tal", POLITICIAN);
        page("/kommune/575/dialog", POLITICIAN);
        mvc.perform(get("/kommune/575/borgere").with(POLITICIAN)).andExpect(status().isForbidden());
        mvc.perform(get("/kommune/575/borgere/1").with(POLITICIAN)).andExpect(status().isForbidden());
        mvc.perform(get("/kommune/575/borgere")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/kommune/575/virksomheder")).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_refused_form_names_the_field_and_never_shows_the_cpr_number_again() throws Exception {
        String cprShaped = CprShaped.of(30, 1, 92, "-", 5678);
        String html = mvc.perform(post("/kommune/575/borgere").with(LEDER).with(csrf()).param("caseRef", cprShaped)
                .param("targetGroup", "SYGEMELDTE").param("team", "Team Vejen Nord")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("caseRef-fejl").contains("CPR-nummer").doesNotContain(CprShaped.date(30, 1, 92)).doesNotContain("5678");
    }

    @Test
    void the_committee_report_has_the_aggregates_for_plan_readers_only() throws Exception {
        String own = page("/kommune/575/rapport?kvartal=2026-Q2&format=html", LEDER);
        assertThat(own).contains("Borgernes progression mod arbejde og uddannelse")
                .contains("Samarbejdet med virksomhederne").contains("Dialog med borgere og virksomheder");
        assertThat(own).doesNotContain("SYN-0");
        String open = mvc.perform(get("/kommune/575/rapport?kvartal=2026-Q2&format=html")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(open).doesNotContain("Borgernes progression");
    }

    @Test
    void a_year_before_the_first_company_record_has_no_data_and_is_not_called_withheld() throws Exception {
        // Vejen's demo records start 1 January 2024; the yearly table shows 2023-2025 on 30 November 2026
        String csv = mvc.perform(get("/kommune/575/virksomheder/tal?eksport=csv&tabel=virksomhedstal-aar")
                .with(POLITICIAN)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        java.util.Map<String, String[]> rows = csv.lines().map(l -> l.split(";", -1))
                .collect(java.util.stream.Collectors.toMap(c -> c[0].replace("\uFEFF", ""), c -> c, (a, b) -> a));
        assertThat(rows.get("2023")).as("no records yet").containsOnly("2023", "ingen data");
        assertThat(rows.get("2024")[3]).as("started efforts in 2024").matches("[0-9.]+");
    }

    @Test
    void every_aggregate_table_downloads_as_shown() throws Exception {
        String csv = mvc.perform(get("/kommune/575/progression?eksport=csv&tabel=progression-indsatser-indsats-6")
                .with(POLITICIAN)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Indsats;Borgere;Gns. ændring;Andel med fremgang;95 %-interval, nedre")
                .contains("I alt;");
    }
}
