package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.disclosure.Attacker;
import dk.raaderum.disclosure.SmallCells;
import tools.jackson.databind.JsonNode;

/**
 * Aggregates on a table made for the test in Læsø (825), which has no other progression data: team A has 4 citizens,
 * B 6 and C 7, each assessed twice three months apart on one dimension.
 */
@RaaderumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressionSuppressionTest {

    private static final String BASE = "/api/v1/municipalities/825";
    private static final RequestPostProcessor CASEWORKER = user("sagsbehandler.laesoe")
            .authorities(() -> "ROLE_SAGSBEHANDLER", () -> "KOMMUNE_825");
    private static final RequestPostProcessor LEDER = user("leder.laesoe")
            .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_825");

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void teams() throws Exception {
        int n = 0;
        Map<String, int[]> changes = Map.of("Team A", new int[] {1, 1, 1, 1}, "Team B", new int[] {1, 1, 0, 0, -1, 1},
                "Team C", new int[] {2, 1, 1, 0, 0, 0, -1});
        for (Map.Entry<String, int[]> team : changes.entrySet()) {
            for (int change : team.getValue()) {
                String body = mvc.perform(post(BASE + "/citizens").with(CASEWORKER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"caseRef": "L-%d", "targetGroup": "AKTIVITETSPARATE_UNGE", "team": "%s",
                                 "effort": "MENTOR"}""".formatted(++n, team.getKey())))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                long id = Api.parse(body).get("id").asLong();
                assess(id, "2026-05-04", 3);
                assess(id, "2026-08-03", 3 + change);
            }
        }
    }

    private void assess(long id, String date, int score) throws Exception {
        mvc.perform(post(BASE + "/citizens/" + id + "/assessments").with(CASEWORKER).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"" + date + "\", \"scores\": {\"hverdagsmestring\": " + score + "}}"))
                .andExpect(status().isCreated());
    }

    private JsonNode byTeam() throws Exception {
        return Api.parse(mvc.perform(get(BASE + "/progression?by=team&months=3").with(LEDER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void a_team_of_four_is_suppressed_and_cannot_be_recovered_from_the_totals_shown() throws Exception {
        JsonNode answer = byTeam();
        Map<String, JsonNode> rows = new HashMap<>();
        answer.get("rows").valueStream().forEach(r -> rows.put(r.get("team").asString(), r));

        assertThat(rows.get("Team A").get("suppressed").asBoolean()).isTrue();
        assertThat(rows.get("Team A").get("citizens").isNull()).isTrue();
        assertThat(rows.get("Team A").get("mean_change").isNull()).isTrue();
        assertThat(rows.get("Team B").get("suppressed").asBoolean()).as("complementary").isTrue();
        assertThat(rows.get("Team B").get("mean_change").isNull()).isTrue();
        assertThat(rows.get("Team C").get("citizens").asInt()).isEqualTo(7);
        assertThat(rows.get("Team C").get("mean_change").asDouble()).isCloseTo(3.0 / 7, within(1e-9));
        JsonNode total = answer.get("total");
        assertThat(total.get("citizens").asInt()).isEqualTo(17);
        assertThat(total.get("mean_change").asDouble()).isCloseTo(9.0 / 17, within(1e-9)); // 4 + 2 + 3 over 17

        // what a reader can solve from the shown counts and sums of changes (mean × citizens), worked independently
        List<SmallCells.Relation<String>> sums = List.of(new SmallCells.Relation<>("total",
                List.of("Team A", "Team B", "Team C")));
        Set<String> hidden = Set.of("Team A", "Team B");
        Map<String, Double> counts = new HashMap<>(Map.of("total", 17.0, "Team C", 7.0));
        Map<String, Double> changes = new HashMap<>(Map.of("total", total.get("mean_change").asDouble() * 17,
                "Team C", rows.get("Team C").get("mean_change").asDouble() * 7));
        hidden.forEach(h -> {
            counts.put(h, null);
            changes.put(h, null);
        });
        assertThat(Attacker.recover(counts, hidden, sums)).isEmpty();
        assertThat(Attacker.recover(changes, hidden, sums)).isEmpty();
    }

    @Test
    void the_downloaded_table_withholds_the_same_cells_and_never_shows_them_as_zero() throws Exception {
        String csv = mvc.perform(get("/kommune/825/progression?efter=team&eksport=csv&tabel=progression-oversigt-team-3")
                .with(LEDER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("Team A;undertrykt;undertrykt;undertrykt")
                .contains("Team B;undertrykt;undertrykt;undertrykt").contains("Team C;7 borgere;")
                .contains("I alt;17 borgere;+0,53 point");
        assertThat(csv).doesNotContain("Team A;0");
    }

    @Test
    void figures_back_in_time_are_given_only_at_month_ends_so_two_days_cannot_be_subtracted() throws Exception {
        JsonNode refused = Api.parse(mvc.perform(get(BASE + "/progression?by=team&months=3&asOf=2026-08-04").with(LEDER))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.get("field").asString()).isEqualTo("asOf");

        // on 31 August every citizen's newest assessment (3 August) has its pair three months before (4 May)
        JsonNode august = Api.parse(mvc.perform(get(BASE + "/progression?by=team&months=3&asOf=2026-08-31").with(LEDER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(august.get("total").get("citizens").asInt()).isEqualTo(17);
        assertThat(august.get("total").get("mean_change").asDouble()).isCloseTo(9.0 / 17, within(1e-9));
    }

    @Test
    void the_network_cannot_read_the_aggregates_of_a_municipality_that_does_not_share() throws Exception {
        mvc.perform(get(BASE + "/progression?by=team").with(user("analytiker.kl")
                .authorities(() -> "ROLE_ANALYTIKER", () -> "NETVAERK"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/progression?by=team").with(user("politiker.laesoe")
                .authorities(() -> "ROLE_POLITIKER", () -> "KOMMUNE_825"))).andExpect(status().isOk());
    }
}
