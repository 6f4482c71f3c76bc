package dk.raaderum.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.TestRegister;
import dk.raaderum.importing.Imports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RaaderumIntegrationTest
class EconomyApiTest {

    private static final String FORECAST = "/api/v1/municipalities/575/economy/forecast";
    // Aarhus: the small test register has too few spells in Vejen for a business case
    private static final String CASES = "/api/v1/municipalities/751/businesscases";
    private static final String EXAMPLE = """
            {"group": "kontanthjaelp", "citizens": 50, "costOneOffDkk": 500000, "costPerCitizenWeekDkk": 0,
             "effectWeeksShorter": %d, "years": 4}""";
    private static boolean imported;

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @TempDir
    Path folder;

    @BeforeEach
    void theTestRegisterIsTheNewest() {
        // other test classes import registers of their own; the newest is the one forecasts read
        if (!imported) {
            TestRegister.imported(imports, folder);
            imported = true;
        }
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, RaaderumIntegrationTest.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void the_forecast_gives_each_group_and_the_total_per_quarter_and_the_total_is_the_sum_of_the_groups()
            throws Exception {
        JsonNode answer = json(as("leder.vejen", get(FORECAST).param("asOf", "2025-12").param("quarters", "4")), 200);
        List<JsonNode> rows = new ArrayList<>();
        answer.get("rows").forEach(rows::add);
        List<String> quarters = rows.stream().map(r -> r.get("quarter").asString()).distinct().toList();
        assertThat(quarters).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        for (String quarter : quarters) {
            double groups = rows.stream().filter(r -> r.get("quarter").asString().equals(quarter)
                    && !r.get("group").asString().equals("alle")).mapToDouble(r -> r.get("municipal_dkk").asDouble()).sum();
            JsonNode total = rows.stream().filter(r -> r.get("quarter").asString().equals(quarter)
                    && r.get("group").asString().equals("alle")).findFirst().orElseThrow();
            assertThat(total.get("municipal_dkk").asDouble()).isPositive().isCloseTo(groups, within(1e-3 * groups));
            assertThat(total.get("lower").asDouble()).isLessThan(total.get("municipal_dkk").asDouble());
            assertThat(total.get("upper").asDouble()).isGreaterThan(total.get("municipal_dkk").asDouble());
            assertThat(total.get("full_time_persons").asDouble()).isPositive();
        }
        assertThat(rows).anyMatch(r -> r.get("group").asString().equals("kontanthjaelp"));
        JsonNode backTest = answer.get("backtest").get(0);
        assertThat(backTest.get("origin").asString()).isEqualTo("2024-12");
        assertThat(answer.get("synthetic").asBoolean()).isTrue();
    }

    @Test
    void a_forecast_as_of_a_month_the_register_does_not_hold_or_too_many_quarters_is_refused_in_danish()
            throws Exception {
        // the test register runs 2023-W01 to 2025-W52, and a forecast needs a year of data before its month
        JsonNode late = json(as("leder.vejen", get(FORECAST).param("asOf", "2026-03")), 400);
        assertThat(late.get("detail").asString()).contains("asOf skal ligge mellem 2024-01 og 2025-12");
        JsonNode many = json(as("leder.vejen", get(FORECAST).param("quarters", "9")), 400);
        assertThat(many.get("detail").asString()).contains("quarters skal være mellem 1 og 8");
        JsonNode text = json(as("leder.vejen", get(FORECAST).param("asOf", "juni")), 400);
        assertThat(text.get("detail").asString()).contains("2026-06");
    }

    @Test
    void another_municipalitys_leder_may_not_read_the_forecast() throws Exception {
        mvc.perform(as("leder.aarhus", get(FORECAST))).andExpect(status().isForbidden());
        mvc.perform(get(FORECAST)).andExpect(status().isUnauthorized());
    }

    @Test
    void the_issues_business_case_is_computed_and_kept_with_four_years_payback_and_npv() throws Exception {
        JsonNode c = json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(8))), 201);
        assertThat(c.get("id").asLong()).isPositive();
        assertThat(c.get("years")).hasSize(4);
        JsonNode first = c.get("years").get(0);
        assertThat(first.get("year").asInt()).isEqualTo(1);
        assertThat(first.get("saved_person_weeks").asDouble()).isPositive();
        assertThat(first.get("municipal_savings_dkk").asDouble()).isPositive();
        assertThat(first.get("cost_dkk").asDouble()).isEqualTo(500_000);
        assertThat(first.get("net_dkk").asDouble())
                .isCloseTo(first.get("municipal_savings_dkk").asDouble() - 500_000, within(1e-3));
        // NPV by hand from the years the answer gives, at the default 3.5 %
        double npv = 0;
        for (JsonNode y : c.get("years")) {
            npv += y.get("net_dkk").asDouble() / Math.pow(1.035, y.get("year").asInt() - 1);
        }
        assertThat(c.get("npv_dkk").asDouble()).isCloseTo(npv, within(1e-3));
        assertThat(c.has("payback_months")).isTrue();
    }

    @Test
    void a_business_case_with_zero_effect_saves_nothing_and_a_larger_effect_saves_more() throws Exception {
        JsonNode none = json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(0))), 201);
        none.get("years").forEach(y -> assertThat(y.get("municipal_savings_dkk").asDouble()).isZero());
        assertThat(none.get("payback_months").isNull()).isTrue();
        double four = saved(json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(4))), 201));
        double eight = saved(json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(8))), 201));
        assertThat(eight).isGreaterThan(four).isPositive();
    }

    private static double saved(JsonNode c) {
        double sum = 0;
        for (JsonNode y : c.get("years")) {
            sum += y.get("municipal_savings_dkk").asDouble();
        }
        return sum;
    }

    @Test
    void bad_business_cases_get_a_danish_message_naming_the_field() throws Exception {
        JsonNode negative = json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(8).replace("\"citizens\": 50", "\"citizens\": -3"))), 400);
        assertThat(negative.get("field").asString()).isEqualTo("citizens");
        assertThat(negative.get("detail").asString()).contains("Antal borgere skal være mellem 1 og 100.000");
        JsonNode group = json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(8)
                .replace("kontanthjaelp", "bistandshjaelp"))), 400);
        assertThat(group.get("detail").asString()).contains("Ydelsesgruppen 'bistandshjaelp' findes ikke")
                .contains("kontanthjaelp");
        JsonNode longer = json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(400))), 400);
        assertThat(longer.get("field").asString()).isEqualTo("effectWeeksShorter");
        assertThat(longer.get("detail").asString()).contains("Effekten på 400 uger er længere end forløbene");
        JsonNode years = json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(8).replace("\"years\": 4",
                "\"years\": 7"))), 400);
        assertThat(years.get("detail").asString()).contains("Antal år skal være 1, 2, 3 eller 4");
    }

    private static final String EXIT_RATE = """
            {"group": "kontanthjaelp", "citizens": 50, "costOneOffDkk": 500000, "costPerCitizenWeekDkk": 0,
             "effectExitRatePp": %s, "effectFromWeek": %s, "years": 4}""";

    @Test
    void an_exit_rate_effect_of_zero_saves_nothing_and_a_larger_one_never_saves_less() throws Exception {
        JsonNode none = json(as("leder.aarhus", post(CASES).content(EXIT_RATE.formatted("0", "8"))), 201);
        assertThat(saved(none)).isZero();
        double five = saved(json(as("leder.aarhus", post(CASES).content(EXIT_RATE.formatted("5", "8"))), 201));
        JsonNode ten = json(as("leder.aarhus", post(CASES).content(EXIT_RATE.formatted("10", "8"))), 201);
        assertThat(saved(ten)).isGreaterThanOrEqualTo(five);
        assertThat(five).isPositive();
        assertThat(ten.get("effect").asString()).contains("10,0 procentpoint højere").contains("uge 8");
    }

    @Test
    void a_whole_inflow_case_covers_the_registers_expected_spells_and_says_so() throws Exception {
        JsonNode c = json(as("leder.aarhus", post(CASES).content("""
                {"group": "kontanthjaelp", "wholeInflow": true, "costOneOffDkk": 0, "costPerCitizenWeekDkk": 100,
                 "effectWeeksShorter": 4, "years": 2, "effectProfilePercent": [50, 100]}""")), 201);
        assertThat(c.get("whole_inflow").asBoolean()).isTrue();
        assertThat(c.get("citizens").asDouble()).isPositive();
        assertThat(c.get("effect_profile").get(0).asDouble()).isEqualTo(0.5);
        assertThat(c.get("years").get(1).get("municipal_savings_dkk").asDouble()).isPositive();
    }

    @Test
    void a_negative_exit_rate_a_week_out_of_range_and_an_unknown_group_are_refused_in_danish() throws Exception {
        JsonNode negative = json(as("leder.aarhus", post(CASES).content(EXIT_RATE.formatted("-2", "8"))), 400);
        assertThat(negative.get("field").asString()).isEqualTo("effectExitRatePp");
        assertThat(negative.get("detail").asString()).contains("mellem 0 og 100 procentpoint");
        JsonNode week = json(as("leder.aarhus", post(CASES).content(EXIT_RATE.formatted("5", "400"))), 400);
        assertThat(week.get("field").asString()).isEqualTo("effectFromWeek");
        assertThat(week.get("detail").asString()).contains("mellem 1 og 156");
        JsonNode group = json(as("leder.aarhus", post(CASES).content(EXIT_RATE.formatted("5", "8")
                .replace("kontanthjaelp", "bistand"))), 400);
        assertThat(group.get("detail").asString()).contains("Ydelsesgruppen 'bistand' findes ikke");
    }

    @Test
    void a_case_attached_to_a_decision_and_a_goal_has_no_data_before_its_start_and_actual_against_expected_after()
            throws Exception {
        long caseId = json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(8))), 201).get("id").asLong();
        long goal = json(as("leder.aarhus", post("/api/v1/municipalities/751/goals").content("""
                {"title": "Færre på kontanthjælp", "targetGroup": "AKTIVITETSPARATE_KONTANTHJAELP",
                 "indicator": "ledige_fuldtid", "baselineMonth": "2025-06", "target": 300, "direction": "NED",
                 "deadline": "2026-12", "owner": "Chef", "teams": [{"team": "Team A", "target": 300, "owner": "A"}]}""")), 201).get("id").asLong();
        JsonNode decision = json(as("leder.aarhus", post("/api/v1/municipalities/751/decisions").content("""
                {"title": "Flere virksomhedskonsulenter", "background": "Investeringscase", "meetingDate": "2026-12-03",
                 "alternatives": [{"title": "Ja", "expectedEffect": "8 uger kortere", "expectedCost": 500000,
                   "recommended": true}, {"title": "Nej", "expectedEffect": "Ingen", "expectedCost": 0}],
                 "goals": [%d]}""".formatted(goal))), 201);
        long alternative = decision.get("alternatives").get(0).get("id").asLong();
        String link = """
                {"decisionId": %d, "alternativeId": %d, "goalIds": [%d], "startMonth": "%s"}""";
        String path = CASES + "/" + caseId + "/link";
        // the test register ends 2025-W52: a start in March 2026 has no data in any quarter
        JsonNode before = json(as("leder.aarhus", post(path).content(link.formatted(decision.get("id").asLong(),
                alternative, goal, "2026-03"))), 200);
        assertThat(before.get("goals").get(0).asLong()).isEqualTo(goal);
        assertThat(before.get("quarters")).hasSize(16);
        before.get("quarters").forEach(q -> {
            assertThat(q.get("status").asString()).isEqualTo("ingen data endnu");
            assertThat(q.get("actual_person_weeks").isNull()).isTrue();
            assertThat(q.get("expected_person_weeks").asDouble()).isPositive();
        });
        // from January 2025 the four quarters of 2025 have data; with the case the group was expected to use fewer
        // person-weeks than without it
        JsonNode after = json(as("leder.aarhus", post(path).content(link.formatted(decision.get("id").asLong(),
                alternative, goal, "2025-01"))), 200);
        JsonNode first = after.get("quarters").get(0);
        assertThat(first.get("status").asString()).isEqualTo("data");
        assertThat(first.get("actual_person_weeks").asDouble()).isPositive();
        assertThat(first.get("actual_municipal_dkk").asDouble()).isPositive();
        assertThat(first.get("expected_person_weeks").asDouble())
                .isLessThan(first.get("without_case_person_weeks").asDouble());
        assertThat(after.get("quarters").get(3).get("status").asString()).isEqualTo("data");
        assertThat(after.get("quarters").get(4).get("status").asString()).isEqualTo("ingen data endnu");
        JsonNode read = json(as("leder.aarhus", get(CASES + "/" + caseId + "/followup")), 200);
        assertThat(read.get("start_month").asString()).isEqualTo("2025-01");
    }

    @Test
    void a_link_with_a_start_before_the_data_a_foreign_alternative_or_an_unknown_case_is_refused() throws Exception {
        long caseId = json(as("leder.aarhus", post(CASES).content(EXAMPLE.formatted(4))), 201).get("id").asLong();
        JsonNode early = json(as("leder.aarhus", post(CASES + "/" + caseId + "/link")
                .content("{\"startMonth\": \"2019-01\"}")), 400);
        assertThat(early.get("field").asString()).isEqualTo("startMonth");
        assertThat(early.get("detail").asString()).contains("Startmåneden skal ligge mellem");
        JsonNode text = json(as("leder.aarhus", post(CASES + "/" + caseId + "/link")
                .content("{\"startMonth\": \"marts\"}")), 400);
        assertThat(text.get("detail").asString()).contains("ÅÅÅÅ-MM");
        JsonNode missing = json(as("leder.aarhus", post(CASES + "/" + caseId + "/link")
                .content("{\"decisionId\": 999999, \"alternativeId\": 1, \"startMonth\": \"2025-01\"}")), 400);
        assertThat(missing.get("detail").asString()).contains("Udvalgssagen findes ikke");
        mvc.perform(as("leder.aarhus", post(CASES + "/999999/link").content("{\"startMonth\": \"2025-01\"}")))
                .andExpect(status().isNotFound());
        JsonNode none = json(as("leder.aarhus", get(CASES + "/" + caseId + "/followup")), 400);
        assertThat(none.get("detail").asString()).contains("ikke knyttet til en startmåned");
    }

    @Test
    void an_activation_mix_with_more_company_based_activation_saves_and_says_its_effects_are_assumed()
            throws Exception {
        String body = """
                {"group": "kontanthjaelp", "citizens": 100, "years": 2,
                 "current": {"company": 20, "education": 30, "projects": 40, "nytte": 10},
                 "proposed": {"company": 50, "education": 20, "projects": 20, "nytte": 10}}""";
        JsonNode mix = json(as("leder.aarhus", post("/api/v1/municipalities/751/economy/activation-mix").content(body)), 200);
        // assumed effects 6 / 0 / 1 / 1 weeks: current 1.2 + 0 + 0.4 + 0.1 = 1.7, proposed 3.0 + 0 + 0.2 + 0.1 = 3.3
        assertThat(mix.get("current_weeks").asDouble()).isCloseTo(1.7, within(1e-9));
        assertThat(mix.get("proposed_weeks").asDouble()).isCloseTo(3.3, within(1e-9));
        assertThat(mix.get("effects_assumed").asBoolean()).isTrue();
        assertThat(mix.get("years").get(0).get("municipal_savings_dkk").asDouble()).isPositive();
        JsonNode bad = json(as("leder.aarhus", post("/api/v1/municipalities/751/economy/activation-mix")
                .content(body.replace("\"company\": 50", "\"company\": 60"))), 400);
        assertThat(bad.get("detail").asString()).contains("Det foreslåede miks skal give 100 % i alt; det giver 110,0 %");
    }

    @Test
    void only_the_municipalitys_leder_may_make_a_business_case() throws Exception {
        mvc.perform(as("politiker.vejen", post(CASES.replace("751", "575")).content(EXAMPLE.formatted(8)))).andExpect(status().isForbidden());
        mvc.perform(as("leder.vejen", post(CASES).content(EXAMPLE.formatted(8)))).andExpect(status().isForbidden());
    }
}
