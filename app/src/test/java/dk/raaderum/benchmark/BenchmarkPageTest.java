package dk.raaderum.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.RaaderumIntegrationTest;

/** The benchmark pages are public and show the model, the interval, the peers and the national table. */
@RaaderumIntegrationTest
class BenchmarkPageTest {

    @Autowired
    MockMvc mvc;

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_municipality_sees_its_expected_level_with_interval_explanation_and_eight_peers() throws Exception {
        String html = page("/kommune/575/benchmark?indikator=ledige_pct_arbejdsstyrke");
        assertThat(html).contains("Benchmark: <span>Vejen</span> Kommune").contains("90 %-interval")
                .contains("procentpoint").contains("Vejens").contains("Sammenlignelige kommuner")
                .contains("data-chart=\"band\"").contains("action=\"/kommune/575/benchmark\"");
        long peerLinks = java.util.regex.Pattern.compile("/kommune/\\d+/benchmark\\?indikator=ledige_pct_arbejdsstyrke\"")
                .matcher(html).results().count();
        assertThat(peerLinks).isEqualTo(8);
    }

    @Test
    void the_national_table_sorts_by_name_and_by_difference() throws Exception {
        String byName = page("/benchmark?sortering=navn");
        // Danish order: … Vordingborg, Ærø, and "Aa" counts as "Å", the last letter: Aabenraa, Aalborg, Aarhus
        assertThat(byName.indexOf(">Billund<")).isPositive().isLessThan(byName.indexOf(">Vordingborg<"));
        assertThat(byName.indexOf(">Vordingborg<")).isLessThan(byName.indexOf(">Ærø<"));
        assertThat(byName.indexOf(">Ærø<")).isLessThan(byName.indexOf(">Aabenraa<"));
        assertThat(byName.indexOf(">Aabenraa<")).isLessThan(byName.indexOf(">Aarhus<"));
        String byDifference = page("/benchmark");
        assertThat(byDifference).contains("Faktisk minus forventet").contains("Placering (bånd)")
                .contains("action=\"/benchmark\"");
    }
}
