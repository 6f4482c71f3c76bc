package dk.raaderum.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.TestRegister;
import dk.raaderum.importing.Imports;

@RaaderumIntegrationTest
class EconomyPageTest {

    private static final String PROGNOSE = "/kommune/575/oekonomi/prognose";
    // Aarhus: the small test register has too few spells in Vejen for a business case
    private static final String CASES = "/kommune/751/oekonomi/investeringscases";
    private static boolean imported;

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @TempDir
    Path folder;

    @BeforeEach
    void theTestRegisterIsTheNewest() {
        if (!imported) {
            TestRegister.imported(imports, folder);
            imported = true;
        }
    }

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor leder() {
        return user(users.loadUserByUsername("leder.vejen"));
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_forecast_page_shows_the_fan_chart_the_back_test_and_says_the_data_are_synthetic() throws Exception {
        String html = page(get(PROGNOSE).with(leder()), 200);
        assertThat(html).contains("Sidste års prognose, lavet med data til dec. 2024").contains("<svg")
                .contains("Syntetiske data").contains("2026 K1").contains("Kontanthjælp")
                .contains("Motorvejens budget mod prognosen for 2026");
        String csv = page(get(PROGNOSE).param("eksport", "csv").param("tabel", "prognose-eftertjek").with(leder()), 200);
        assertThat(csv).contains("Naiv prognose (året før)").contains("Alle ydelser");
    }

    @Test
    void the_forecast_page_stacks_the_cost_by_refusion_tier_with_a_table_that_adds_up_to_the_total() throws Exception {
        String html = page(get(PROGNOSE).with(leder()), 200);
        assertThat(html).contains("Udgiften fordelt på refusionstrin").contains("Stablet søjlediagram")
                .contains("over 52 uger (80 %)");
        String csv = page(get(PROGNOSE).param("eksport", "csv").param("tabel", "prognose-trin").with(leder()), 200);
        assertThat(csv).contains("uge 1-4 (20 %)").contains("I alt");
        String xlsx = mvc.perform(get(PROGNOSE).param("eksport", "xlsx").param("tabel", "prognose-trin").with(leder()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentType();
        assertThat(xlsx).contains("spreadsheetml");
    }

    @Test
    void a_month_outside_the_register_is_explained_on_the_page() throws Exception {
        String html = page(get(PROGNOSE).param("asOf", "2030-01").with(leder()), 200);
        assertThat(html).contains("asOf skal ligge mellem 2024-01 og 2025-12");
    }

    @Test
    void a_business_case_from_the_form_shows_its_years_and_a_refused_one_keeps_the_input_with_a_message()
            throws Exception {
        String done = page(post(CASES).with(user(users.loadUserByUsername("leder.aarhus"))).with(csrf()).param("title", "Flere virksomhedskonsulenter")
                .param("group", "kontanthjaelp").param("citizens", "50").param("costOneOff", "500.000")
                .param("costPerWeek", "0").param("effectWeeks", "8").param("years", "4").param("discountPercent", "3,5"), 200);
        assertThat(done).contains("Investeringscasen år for år").contains("Nutidsværdi").contains("Følsomhed")
                .contains("Flere virksomhedskonsulenter");
        String refused = page(post(CASES).with(user(users.loadUserByUsername("leder.aarhus"))).with(csrf()).param("title", "For mange")
                .param("group", "kontanthjaelp").param("citizens", "-3").param("costOneOff", "500.000")
                .param("costPerWeek", "0").param("effectWeeks", "8").param("years", "4").param("discountPercent", "3,5"), 200);
        assertThat(refused).contains("Antal borgere skal være mellem 1 og 100.000").contains("value=\"-3\"");
    }

    /** The form with the effect kind, a higher exit rate from week 10 and the first year's share (then 100 %). */
    private static MockHttpServletRequestBuilder caseForm(RequestPostProcessor who, String kind, String pp,
            String firstYear) {
        return post(CASES).with(who).with(csrf()).param("title", "Hyppigere samtaler")
                .param("group", "kontanthjaelp").param("citizens", "50").param("costOneOff", "100.000")
                .param("costPerWeek", "0").param("effectKind", kind).param("effectPp", pp).param("effectWeeks", "2")
                .param("effectFromWeek", "10").param("years", "4").param("discountPercent", "3,5")
                .param("profile1", firstYear).param("profile2", "100").param("profile3", "100").param("profile4", "100");
    }

    @Test
    void an_exit_rate_case_from_the_form_is_computed_and_a_negative_rate_comes_back_with_the_input() throws Exception {
        RequestPostProcessor aarhus = user(users.loadUserByUsername("leder.aarhus"));
        String done = page(caseForm(aarhus, "afgang", "4,5", "50"), 200);
        assertThat(done).contains("Investeringscasen år for år")
                .contains("afgangsraten er 4,5 procentpoint højere pr. uge fra forløbets uge 10")
                .contains("50 %, 100 %, 100 %, 100 %");
        String refused = page(caseForm(aarhus, "afgang", "-2", "100"), 200);
        assertThat(refused).contains("Den højere afgangsrate skal være mellem 0 og 100 procentpoint")
                .contains("value=\"-2\"").contains("value=\"afgang\" checked");
        String inflow = page(caseForm(aarhus, "uger", "0", "100").param("inflow", "true"), 200);
        assertThat(inflow).contains("Hele tilgangen: de ca.");
    }

    @Test
    void a_kept_case_is_attached_on_its_page_and_a_refused_start_month_comes_back_with_the_input() throws Exception {
        RequestPostProcessor aarhus = user(users.loadUserByUsername("leder.aarhus"));
        String created = page(post("/api/v1/municipalities/751/businesscases").with(aarhus).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                        {"title": "Opfølges", "group": "kontanthjaelp", "citizens": 20, "costOneOffDkk": 0,
                         "costPerCitizenWeekDkk": 0, "effectWeeksShorter": 2, "years": 1}"""), 201);
        long id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(created).get("id").asLong();
        String address = CASES + "/" + id;
        assertThat(page(get(address).with(aarhus), 200)).contains("Casen følges op, når den har en startmåned")
                .contains("<label for=\"startMonth\"");
        String refused = page(post(address + "/tilknytning").with(aarhus).with(csrf()).param("alternative", "")
                .param("startMonth", "2019-01"), 200);
        assertThat(refused).contains("Startmåneden skal ligge mellem").contains("value=\"2019-01\"");
        String linked = page(post(address + "/tilknytning").with(aarhus).with(csrf()).param("alternative", "")
                .param("startMonth", "2026-03"), 200);
        assertThat(linked).contains("Der er ingen data endnu efter casens start").contains("ingen data endnu");
        String csv = page(get(address).param("eksport", "csv").param("tabel", "case-opfoelgning").with(aarhus), 200);
        assertThat(csv).contains("Faktiske personuger").contains("ingen data endnu");
    }

    @Test
    void the_activation_mix_page_shows_the_assumed_effects_and_the_weeks_saved() throws Exception {
        // defaults: now 20/30/40/10, proposed 40/20/30/10; assumed 6/0/1/1 weeks:
        // now 1.2 + 0.4 + 0.1 = 1.7, proposed 2.4 + 0.3 + 0.1 = 2.8 -> 1.1 weeks shorter
        String html = page(get("/kommune/751/oekonomi/aktiveringsmiks").param("gruppe", "kontanthjaelp")
                .with(user(users.loadUserByUsername("leder.aarhus"))), 200);
        assertThat(html).contains("bliver forløbene 1,1 uger kortere (1,7 med det nuværende miks, 2,8 med det foreslåede)")
                .contains("Effekterne pr. indsatstype er antagelser");
        String bad = page(get("/kommune/751/oekonomi/aktiveringsmiks").param("gruppe", "kontanthjaelp")
                .param("nyVirksomhed", "70").with(user(users.loadUserByUsername("leder.aarhus"))), 200);
        assertThat(bad).contains("Det foreslåede miks skal give 100 % i alt; det giver 130,0 %");
    }

    @Test
    void a_politician_may_read_the_cases_but_not_make_one() throws Exception {
        RequestPostProcessor politician = user(users.loadUserByUsername("politiker.vejen"));
        page(get(CASES.replace("751", "575")).with(politician), 200);
        mvc.perform(post(CASES.replace("751", "575")).with(politician).with(csrf()).param("citizens", "5")).andExpect(status().isForbidden());
    }
}
