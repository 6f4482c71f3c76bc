package dk.raaderum.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import tools.jackson.databind.JsonNode;
import dk.raaderum.CprShaped;

/** The CRM import and the company metrics, in Jammerbugt (849, no demo data) and Vejen (575, demo users). */
@RaaderumIntegrationTest
class CompanyApiTest {

    private static final String BASE = "/api/v1/municipalities/849/companies";
    private static final RequestPostProcessor CONSULTANT = user("konsulent.jammerbugt")
            .authorities(() -> "ROLE_SAGSBEHANDLER", () -> "KOMMUNE_849");
    private static final RequestPostProcessor LEDER = user("leder.jammerbugt")
            .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_849");
    // valid by the modulus-11 check, worked in CvrTest: 99000007, 99000015
    private static final String COMPANIES = """
            cvr;navn;branche;stoerrelse;sektor;kommunekode
            99000007;Eksempel Byg ApS;Byggeri;10-49;privat;849
            99000015;Eksempel Pleje;Pleje og omsorg;50-249;offentlig;849
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private JsonNode importCsv(String csv, ResultMatcher expected) throws Exception {
        return Api.parse(mvc.perform(post(BASE + "/import").with(CONSULTANT).with(csrf()).contentType("text/csv")
                .content(csv)).andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    private long companies() {
        return jdbc.sql("select count(*) from company where municipality_code = 849").query(Long.class).single();
    }

    @Test
    void a_crm_file_with_a_bad_cvr_number_is_refused_naming_the_line_and_nothing_changes() throws Exception {
        long before = companies();
        long imports = jdbc.sql("select count(*) from data_import").query(Long.class).single();

        JsonNode problem = importCsv(COMPANIES + "99000008;Forkert Tal ApS;Handel;1-9;privat;849\n",
                status().isBadRequest());

        assertThat(problem.get("line").asInt()).isEqualTo(4);
        assertThat(problem.get("field").asString()).isEqualTo("cvr");
        assertThat(problem.get("detail").asString()).contains("linje 4").contains("modulus 11");
        assertThat(companies()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from data_import").query(Long.class).single()).isEqualTo(imports);
    }

    @Test
    void a_valid_file_imported_twice_updates_instead_of_duplicating() throws Exception {
        JsonNode first = importCsv(COMPANIES, status().isOk());
        JsonNode second = importCsv(COMPANIES.replace("Eksempel Byg ApS", "Eksempel Byg A/S"), status().isOk());

        assertThat(first.get("rows").asInt()).isEqualTo(2);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isEqualTo(2);
        assertThat(companies()).isEqualTo(2);
        assertThat(jdbc.sql("select name from company where municipality_code = 849 and cvr = '99000007'")
                .query(String.class).single()).isEqualTo("Eksempel Byg A/S");
    }

    @Test
    void placements_and_inquiries_become_monthly_indicators_a_goal_can_be_set_on() throws Exception {
        importCsv(COMPANIES, status().isOk());
        String placements = """
                forloeb_id;cvr;type;start;slut;sagsreference;udfald;udfald_dato
                P1;99000007;VIRKSOMHEDSPRAKTIK;2026-03-02;2026-04-24;;;
                P2;99000007;LOENTILSKUD;2026-03-16;;;;
                P3;99000015;FLEKSJOB;2026-05-01;;;;
                """;
        importCsv(placements, status().isOk());
        importCsv(placements, status().isOk()); // again: still three placements
        importCsv("""
                henvendelse_id;cvr;modtaget;besvaret;emne
                H1;99000007;2026-03-02T09:00;2026-03-03T09:00;Rekruttering
                H2;99000015;2026-03-09T09:00;2026-03-12T09:00;Løntilskud
                """, status().isOk());
        mvc.perform(put(BASE + "/population/2026").with(LEDER).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"companies\": 400, \"source\": \"Testtal\"}")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from company_placement where municipality_code = 849").query(Long.class)
                .single()).isEqualTo(3);

        // March: one company (99000007, with two efforts) of 400 → 0.25 pct.; two efforts started, both private, but
        // two persons is fewer than five, so the count is withheld; answers after 1 and 3 days → median 2
        assertThat(value("virk_samarbejde_antal", "2026-03")).isEqualTo(1.0);
        assertThat(value("virk_samarbejde_andel", "2026-03")).isCloseTo(0.25, within(1e-9));
        assertThat(value("virk_svartid_median_dage", "2026-03")).isCloseTo(2.0, within(1e-9));
        assertThat(value("virk_forloeb_startet", "2026-03")).isNull();
        // April: only 99000007 (its praktik ends 24 April, its løntilskud runs); May: both, the fleksjob has begun
        assertThat(value("virk_samarbejde_antal", "2026-04")).isEqualTo(1.0);
        assertThat(value("virk_samarbejde_antal", "2026-05")).isEqualTo(2.0);

        String goal = """
                {"title": "Hurtigere svar til virksomhederne", "targetGroup": "TVAERGAAENDE",
                 "indicator": "virk_svartid_median_dage", "baselineMonth": "2026-03", "target": 1.5, "direction": "NED",
                 "deadline": "2027-12", "owner": "Virksomhedsservice", "teams": []}""";
        mvc.perform(post("/api/v1/municipalities/849/goals").with(LEDER).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(goal)).andExpect(status().isCreated());
    }

    private Double value(String indicator, String month) throws Exception {
        JsonNode rows = Api.parse(mvc.perform(get("/api/v1/values?indicator=" + indicator + "&municipality=849&from="
                + month)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode v = rows.get(0).get("value");
        return v.isNull() ? null : v.asDouble();
    }

    @Test
    void a_placement_may_name_only_a_case_reference_in_the_progression_register_and_never_a_cpr_number()
            throws Exception {
        importCsv(COMPANIES, status().isOk());
        JsonNode unknown = importCsv("forloeb_id;cvr;type;start;sagsreference\nQ1;99000007;FLEKSJOB;2026-01-05;UKENDT-1\n",
                status().isBadRequest());
        assertThat(unknown.get("field").asString()).isEqualTo("sagsreference");
        String cprShaped = CprShaped.of(7, 7, 85, "", 1234);
        JsonNode cpr = importCsv("forloeb_id;cvr;type;start;sagsreference\nQ1;99000007;FLEKSJOB;2026-01-05;" + cprShaped
                + "\n", status().isBadRequest());
        assertThat(cpr.get("line").asInt()).isEqualTo(2);
        assertThat(cpr.get("detail").asString()).contains("CPR").doesNotContain(CprShaped.date(7, 7, 85));
        JsonNode noCompany = importCsv("forloeb_id;cvr;type;start\nQ2;12345674;FLEKSJOB;2026-01-05\n",
                status().isBadRequest());
        assertThat(noCompany.get("detail").asString()).contains("indlæs virksomhederne først");
    }

    @Test
    void only_vejens_own_users_see_its_register_and_the_network_sees_only_the_metrics_vejen_shares() throws Exception {
        String vejen = "/api/v1/municipalities/575/companies";
        String cvr = jdbc.sql("select cvr from company where municipality_code = 575 limit 1").query(String.class).single();
        List<Supplier<MockHttpServletRequestBuilder>> register = List.of(() -> get(vejen), () -> get(vejen + "/" + cvr));
        List<Supplier<MockHttpServletRequestBuilder>> changes = List.of(
                () -> post(vejen).contentType(MediaType.APPLICATION_JSON).content("{\"cvr\": \"99000007\", \"navn\": \"X\"}"),
                () -> post(vejen + "/" + cvr + "/contacts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dato\": \"2026-01-05\", \"form\": \"besøg\"}"),
                () -> post(vejen + "/import").contentType("text/csv").content(COMPANIES),
                () -> post(vejen + "/" + cvr + "/placements").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"forloeb_id\": \"F-X\", \"type\": \"FLEKSJOB\", \"start\": \"2026-01-05\"}"),
                () -> put(vejen + "/service-level").contentType(MediaType.APPLICATION_JSON).content("{\"days\": 1}"),
                () -> put(vejen + "/population/2026").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companies\": 1, \"source\": \"X\"}"));
        for (String outsider : List.of("leder.aarhus", "analytiker.kl")) {
            for (var r : register) {
                mvc.perform(r.get().with(basic(outsider))).andExpect(status().isForbidden());
            }
            for (var r : changes) {
                mvc.perform(r.get().with(basic(outsider))).andExpect(status().isForbidden());
            }
        }
        for (var r : changes) {
            mvc.perform(r.get().with(basic("politiker.vejen"))).andExpect(status().isForbidden());
        }
        for (var r : register) {
            mvc.perform(r.get().with(basic("politiker.vejen"))).andExpect(status().isOk());
            mvc.perform(r.get()).andExpect(status().isUnauthorized());
        }
        ResultMatcher refused = result -> assertThat(result.getResponse().getStatus()).isIn(401, 403);
        for (var r : changes) {
            mvc.perform(r.get()).andExpect(refused);
        }
        mvc.perform(get("/api/v1/municipalities/999/companies").with(basic("leder.vejen")))
                .andExpect(status().isNotFound());
        mvc.perform(get(vejen + "/metrics").with(basic("leder.aarhus"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/metrics").with(basic("analytiker.kl"))).andExpect(status().isForbidden());

        // the network reads Vejen's metrics while Vejen shares (other tests may have changed it: set it, then restore)
        boolean shared = jdbc.sql("select coalesce(bool_or(shares), false) from network_sharing where municipality_code = 575")
                .query(Boolean.class).single();
        try {
            share(true);
            mvc.perform(get(vejen + "/metrics").with(basic("analytiker.kl"))).andExpect(status().isOk());
            mvc.perform(get(vejen).with(basic("analytiker.kl"))).andExpect(status().isForbidden()); // never the register
            share(false);
            mvc.perform(get(vejen + "/metrics").with(basic("analytiker.kl"))).andExpect(status().isForbidden());
        } finally {
            share(shared);
        }
    }

    private void share(boolean shares) throws Exception {
        mvc.perform(put("/api/v1/municipalities/575/sharing").with(basic("leder.vejen"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"shares\": " + shares + "}")).andExpect(status().isOk());
    }

    private static RequestPostProcessor basic(String user) {
        return httpBasic(user, RaaderumIntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void the_demo_metrics_for_vejen_are_marked_synthetic() throws Exception {
        JsonNode metrics = Api.parse(mvc.perform(get("/api/v1/municipalities/575/companies/metrics")
                .with(basic("leder.vejen"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(metrics.get("synthetic").asBoolean()).isTrue();
        assertThat(metrics.get("source").asString()).contains("syntetiske demodata");
        assertThat(metrics.get("rows")).hasSize(12);
        assertThat(metrics.get("rows").get(10).get("virk_samarbejde_antal").asDouble()).isPositive();
    }
}
