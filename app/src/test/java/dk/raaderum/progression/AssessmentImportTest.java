package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import tools.jackson.databind.JsonNode;
import dk.raaderum.CprShaped;

/**
 * The case management system's export of assessments through {@code POST …/citizens/import}, for Fanø (563), which has
 * no other progression data: all or nothing, and the same file twice stores nothing twice.
 */
@RaaderumIntegrationTest
class AssessmentImportTest {

    private static final String URL = "/api/v1/municipalities/563/citizens/import";
    private static final RequestPostProcessor CASEWORKER = user("sagsbehandler.fanoe")
            .authorities(() -> "ROLE_SAGSBEHANDLER", () -> "KOMMUNE_563");
    private static final String HEADER = "sagsreference;dato;maalgruppe;team;indsats;helbredsmestring;hverdagsmestring;"
            + "borger_helbredsmestring\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private JsonNode send(String csv, ResultMatcher expected) throws Exception {
        return Api.parse(mvc.perform(post(URL).with(CASEWORKER).with(csrf()).contentType("text/csv").content(csv))
                .andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    private long citizens() {
        return jdbc.sql("select count(*) from progression_citizen where municipality_code = 563").query(Long.class)
                .single();
    }

    private long assessments() {
        return jdbc.sql("""
                select count(*) from progression_assessment a join progression_citizen c on c.id = a.citizen_id
                where c.municipality_code = 563""").query(Long.class).single();
    }

    @Test
    void a_valid_export_creates_the_records_and_the_same_file_again_replaces_instead_of_duplicating() throws Exception {
        // two new cases; F-IMP-1 assessed twice (the second row leaves target group and team to the first)
        String csv = HEADER + """
                F-IMP-1;2026-05-04;SYGEMELDTE;Team Fanø;MENTOR;2;3;3
                F-IMP-1;2026-08-03;;;MENTOR;3;ikke vurderet;
                F-IMP-2;2026-06-01;AKTIVITETSPARATE_KONTANTHJAELP;Team Fanø;;4;4;ikke vurderet
                """;
        long citizensBefore = citizens();
        long assessmentsBefore = assessments();

        JsonNode first = send(csv, status().isOk());
        assertThat(first.get("rows").asInt()).isEqualTo(3);
        assertThat(first.get("citizensCreated").asInt()).isEqualTo(2);
        assertThat(first.get("assessments").asInt()).isEqualTo(3);
        assertThat(citizens()).isEqualTo(citizensBefore + 2);
        assertThat(assessments()).isEqualTo(assessmentsBefore + 3);

        JsonNode again = send(csv.replace("2026-08-03;;;MENTOR;3", "2026-08-03;;;MENTOR;4"), status().isOk());
        assertThat(again.get("citizensCreated").asInt()).isZero();
        assertThat(citizens()).isEqualTo(citizensBefore + 2);
        assertThat(assessments()).isEqualTo(assessmentsBefore + 3);
        assertThat(jdbc.sql("""
                select s.caseworker from progression_score s join progression_assessment a on a.id = s.assessment_id
                join progression_citizen c on c.id = a.citizen_id
                where c.municipality_code = 563 and c.case_ref = 'F-IMP-1' and a.assessed_on = date '2026-08-03'
                and s.dimension = 'helbredsmestring'""").query(Integer.class).single()).as("replaced").isEqualTo(4);
        assertThat(jdbc.sql("""
                select c.target_group from progression_citizen c where c.municipality_code = 563 and c.case_ref = 'F-IMP-1'
                """).query(String.class).single()).isEqualTo("SYGEMELDTE");
    }

    @Test
    void a_bad_score_on_the_third_line_is_refused_naming_line_and_field_and_nothing_is_stored() throws Exception {
        String csv = HEADER + """
                F-IMP-3;2026-05-04;SYGEMELDTE;Team Fanø;;2;3;
                F-IMP-4;2026-05-04;SYGEMELDTE;Team Fanø;;7;3;
                """;
        long citizensBefore = citizens();
        long assessmentsBefore = assessments();

        JsonNode problem = send(csv, status().isBadRequest());
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("field").asString()).isEqualTo("helbredsmestring");
        assertThat(problem.get("detail").asString()).contains("linje 3");
        assertThat(citizens()).isEqualTo(citizensBefore);
        assertThat(assessments()).isEqualTo(assessmentsBefore);
    }

    @Test
    void a_cpr_shaped_case_reference_is_refused_without_echoing_it() throws Exception {
        String cprShaped = CprShaped.of(7, 4, 79, "", 1234);
        long citizensBefore = citizens();
        for (String ref : List.of(cprShaped, "SAG-" + cprShaped.substring(0, 6) + "-" + cprShaped.substring(6))) {
            JsonNode problem = send(HEADER + ref + ";2026-05-04;SYGEMELDTE;Team Fanø;;2;3;\n", status().isBadRequest());
            assertThat(problem.get("line").asInt()).isEqualTo(2);
            assertThat(problem.get("field").asString()).isEqualTo("sagsreference");
            assertThat(problem.get("detail").asString()).contains("CPR").doesNotContain(CprShaped.date(7, 4, 79)).doesNotContain("1234");
        }
        assertThat(citizens()).isEqualTo(citizensBefore);
    }
}
