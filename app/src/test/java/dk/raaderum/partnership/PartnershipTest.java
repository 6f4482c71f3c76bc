package dk.raaderum.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.geography.Geography;
import tools.jackson.databind.JsonNode;
import dk.raaderum.CprShaped;

@RaaderumIntegrationTest
class PartnershipTest {

    /** The two stages as KL's recommendations (2014) list them, by name. */
    private static final List<String> STAGE_ONE = List.of("Assens", "Billund", "Bornholm", "Brøndby", "Faaborg-Midtfyn",
            "Herning", "Hjørring", "Holbæk", "Holstebro", "Ikast-Brande", "Kalundborg", "Aarhus");
    private static final List<String> STAGE_TWO = List.of("Ballerup", "Fredensborg", "Frederikshavn", "Frederikssund",
            "Haderslev", "Halsnæs", "Hvidovre", "Høje-Taastrup", "København", "Lejre", "Rebild", "Syddjurs", "Vejen",
            "Vejle");
    private static final RequestPostProcessor OUTSIDER = user("leder.frederiksberg")
            .authorities(() -> "ROLE_LEDER", () -> "KOMMUNE_147");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Geography geography;

    private JsonNode political() {
        for (JsonNode p : new Api(port).json("/api/v1/partnerships")) {
            if (p.get("id").asString().equals("politisk-partnerskab-2013")) {
                return p;
            }
        }
        throw new AssertionError("the 2013–14 partnership is missing");
    }

    private List<String> names(JsonNode stage) {
        List<String> names = new ArrayList<>();
        stage.get("municipalities").forEach(c -> names.add(geography.municipality(Integer.parseInt(c.asString()))
                .orElseThrow().name()));
        return names;
    }

    @Test
    void the_2013_partnership_is_public_with_exactly_its_26_municipalities_in_two_stages() {
        JsonNode p = political();

        assertThat(p.get("name").asString()).isEqualTo("KL's politiske partnerskab om beskæftigelse");
        assertThat(p.get("stages")).hasSize(2);
        assertThat(names(p.get("stages").get(0))).containsExactlyInAnyOrderElementsOf(STAGE_ONE);
        assertThat(names(p.get("stages").get(1))).containsExactlyInAnyOrderElementsOf(STAGE_TWO);
    }

    @Test
    void flere_i_arbejde_marks_its_demo_members_and_focus_groups_as_examples() {
        JsonNode flere = null;
        for (JsonNode p : new Api(port).json("/api/v1/partnerships")) {
            if (p.get("id").asString().equals("flere-i-arbejde")) {
                flere = p;
            }
        }
        assertThat(flere).isNotNull();
        JsonNode members = flere.get("stages").get(0).get("members");
        assertThat(members).isNotEmpty();
        members.forEach(m -> {
            assertThat(m.get("example").asBoolean()).isTrue();
            assertThat(m.get("focusGroups")).isNotEmpty();
        });
    }

    @Test
    void the_practice_library_is_public_and_every_demo_card_is_an_example_tied_to_recommendations() {
        JsonNode practices = new Api(port).json("/api/v1/practices");
        assertThat(practices.size()).isGreaterThanOrEqualTo(6);
        practices.forEach(p -> {
            assertThat(p.get("title").asString()).isNotBlank();
            assertThat(p.get("municipality").asString()).matches("\\d{3}");
            assertThat(p.get("recommendations")).isNotEmpty();
            p.get("recommendations").forEach(r -> assertThat(r.asInt()).isBetween(1, 6));
        });
        JsonNode slides = null;
        for (JsonNode p : practices) {
            if (p.get("title").asString().contains("effektslides")) {
                slides = p;
            }
        }
        assertThat(slides.get("example").asBoolean()).isTrue();
        assertThat(new Api(port).json("/api/v1/practices?anbefaling=3")).allSatisfy(p ->
                assertThat(p.get("recommendations").toString()).contains("3"));
        JsonNode card = new Api(port).json("/api/v1/practices/" + slides.get("id").asLong());
        assertThat(card.get("caveat").asString()).contains("ikke en påvist effekt");
        assertThat(card.get("developments")).hasSize(2);
        assertThat(card.get("developments").get(0).get("sentences").get(0).asString())
                .startsWith("Kontanthjælp i pct. af befolkningen 16-66 år: fra ").contains(" i jan. 2023 til ");
    }

    @Test
    void the_network_view_is_for_the_network_and_members_only() throws Exception {
        String view = "/api/v1/partnerships/politisk-partnerskab-2013/network";
        mvc.perform(get(view)).andExpect(status().isUnauthorized());
        mvc.perform(get(view).with(OUTSIDER)).andExpect(status().isForbidden());
        String body = mvc.perform(get(view).with(httpBasic("analytiker.kl", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode rows = Api.parse(body).get("rows");
        assertThat(rows).hasSize(26);
        rows.forEach(r -> {
            if (!r.get("shares").asBoolean()) {
                assertThat(r.get("temperatureByRecommendation").isNull()).isTrue();
                assertThat(r.get("goals").isNull()).isTrue();
            }
        });
        mvc.perform(get(view).with(httpBasic("leder.aarhus", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk());
        String csv = mvc.perform(get("/partnerskaber/politisk-partnerskab-2013/netvaerk?eksport=csv&tabel=netvaerk")
                        .with(user("analytiker.kl").authorities(() -> "ROLE_ANALYTIKER", () -> "NETVAERK")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Kommune;Etape").contains("Vejen").contains("Holstebro");
    }

    @Test
    void the_network_records_a_meeting_members_read_it_outsiders_cannot_and_cpr_is_refused() throws Exception {
        String meetings = "/api/v1/partnerships/politisk-partnerskab-2013/meetings";
        String meeting = """
                {"date": "2014-03-20", "place": "Vejle", "kind": "WORKSHOP", "roles": ["UDVALGSFORMAEND", "KL"],
                 "municipalities": [630, 575], "agenda": "Workshop om anbefaling 5", "minutes": "%s", "agreements": ""}""";
        String created = mvc.perform(post(meetings).with(httpBasic("analytiker.kl", RaaderumIntegrationTest.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(meeting.formatted("Godt møde")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(Api.parse(created).get("municipalities").toString()).isEqualTo("[575,630]");

        String list = mvc.perform(get(meetings).with(httpBasic("leder.vejen", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Workshop om anbefaling 5");
        mvc.perform(get(meetings).with(OUTSIDER)).andExpect(status().isForbidden());
        mvc.perform(post(meetings).with(OUTSIDER).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(meeting.formatted("x"))).andExpect(status().isForbidden());
        String refused = mvc.perform(post(meetings).with(httpBasic("analytiker.kl", RaaderumIntegrationTest.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(meeting.formatted("Borger " + CprShaped.of(1, 1, 90, "", 1234))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("CPR-nummer").doesNotContain("1234");
        mvc.perform(post(meetings).with(httpBasic("analytiker.kl", RaaderumIntegrationTest.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(meeting.formatted("x").replace("575", "147")))
                .andExpect(status().isBadRequest());
    }
}
