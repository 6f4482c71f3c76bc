package dk.raaderum.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.TestRegister;
import dk.raaderum.importing.Imports;
import dk.raaderum.platform.Progress;

/** The benchmark pages are public and show the model, the interval, the peers and the national table. */
@RaaderumIntegrationTest
class BenchmarkPageTest {

    private static final Pattern FILL = Pattern.compile("fill=\"(#[0-9a-f]{6})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @TempDir
    Path folder;

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_municipality_sees_its_expected_level_with_interval_explanation_and_eight_peers() throws Exception {
        String html = page("/kommune/575/benchmark?indikator=ledige_pct_arbejdsstyrke");
        assertThat(html).contains("Benchmark: <span>Vejen</span> Kommune").contains("90 %-interval")
                .contains("procentpoint").contains("Vejens").contains("Sammenlignelige kommuner")
                .contains("data-chart=\"band\"").contains("action=\"/kommune/575/benchmark\"")
                .contains(">Almene boliger (pct.)<").contains("Lavere er bedre for denne andel");
        long peerLinks = Pattern.compile("/kommune/\\d+/benchmark\\?indikator=ledige_pct_arbejdsstyrke\"")
                .matcher(html).results().count();
        assertThat(peerLinks).isEqualTo(8);
    }

    @Test
    void the_model_is_described_in_words_with_each_conditions_source_table_and_year() throws Exception {
        String html = page("/benchmark");
        assertThat(html).contains("Den ærlige prøve").contains("(Q² = ").contains("(R² = ")
                .contains("Danmarks Statistik, BOL101 (2026), via am-dashboard-dk")
                .contains("Danmarks Statistik, HFUDD11 (2025), via Krogh, A. (2026), Danmarks 98 Doughnuts, Thisted Kommune")
                .contains("Variansinflation (VIF)");
    }

    @Test
    void the_national_table_sorts_by_name_and_by_rank() throws Exception {
        String byName = page("/benchmark?sortering=navn");
        // Danish order: … Vordingborg, Ærø, and "Aa" counts as "Å", the last letter: Aabenraa, Aalborg, Aarhus
        assertThat(byName.indexOf(">Billund<")).isPositive().isLessThan(byName.indexOf(">Vordingborg<"));
        assertThat(byName.indexOf(">Vordingborg<")).isLessThan(byName.indexOf(">Ærø<"));
        assertThat(byName.indexOf(">Ærø<")).isLessThan(byName.indexOf(">Aabenraa<"));
        assertThat(byName.indexOf(">Aabenraa<")).isLessThan(byName.indexOf(">Aarhus<"));
        String byRank = page("/benchmark");
        assertThat(byRank).contains("Faktisk minus forventet").contains("Placering (bånd)")
                .contains("action=\"/benchmark\"");
        String table = byRank.substring(byRank.indexOf("<table id=\"benchmark\""));
        assertThat(table.indexOf(">1 (")).isPositive().isLessThan(table.indexOf(">2 ("));
    }

    @Test
    void a_share_where_higher_is_better_colours_and_explains_above_expected_as_better() throws Exception {
        String html = page("/benchmark?indikator=ordinaere_timer_andel");
        assertThat(html).contains("over det forventede (bedre)").contains("under (dårligere)")
                .contains("Højere er bedre for denne andel: placering 1 ligger mest over det forventede");
        // the table is sorted by rank: its first municipality lies above expected and is blue on the map
        String table = html.substring(html.indexOf("<table id=\"benchmark\""));
        String first = table.substring(table.indexOf("<th scope=\"row\">"), table.indexOf("</tr>", table.indexOf("<th scope=\"row\">")));
        assertThat(first).contains("+").contains(">1 (");
        var link = Pattern.compile("/kommune/(\\d+)/benchmark").matcher(first);
        assertThat(link.find()).isTrue();
        String kommune = page("/kommune/" + link.group(1) + "/benchmark?indikator=ordinaere_timer_andel");
        assertThat(kommune).contains("over det forventede: bedre end forventet");
    }

    @Test
    void a_register_share_whose_newest_months_lack_values_shows_the_newest_month_with_enough_municipalities()
            throws Exception {
        TestRegister.imported(imports, folder);
        String share = "reg_alle_ydelser_andel_selvforsoergende_26";
        String national = page("/benchmark?indikator=" + share);
        String municipality = page("/kommune/575/benchmark?indikator=" + share);

        assertThat(national).contains("har tal for for få kommuner").contains("Placering (bånd)");
        assertThat(municipality).contains("har tal for for få kommuner").contains("Vejens");
        String map = national.substring(national.indexOf("<svg"), national.indexOf("</svg>"));
        assertThat(FILL.matcher(map).results().map(m -> m.group(1)).filter(f -> !f.equals("#d9d9d9")).count())
                .as("coloured municipalities on the map").isGreaterThan(40);
    }

    @Test
    void a_share_with_too_few_municipalities_in_every_month_answers_with_a_danish_reason_and_no_map() throws Exception {
        Path file = folder.resolve("faa.csv");
        Files.writeString(file, "OMRÅDE;TID;INDHOLD\n101;2024;10\n147;2024;11\n575;2024;12\n");
        imports.statisticsDenmark(file, new Imports.DstTarget("test_faa_kommuner", "Andel med få kommuner", "PROCENT"),
                Map.of(), "test", Progress.SILENT);

        for (String path : List.of("/benchmark?indikator=test_faa_kommuner",
                "/kommune/575/benchmark?indikator=test_faa_kommuner")) {
            String html = page(path);
            assertThat(html).as(path).contains("role=\"status\"").contains("for nok kommuner")
                    .doesNotContain("<svg").doesNotContain("Placering (bånd)");
        }
    }

}
