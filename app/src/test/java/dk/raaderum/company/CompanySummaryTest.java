package dk.raaderum.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanySummaryTest {

    @Test
    void the_sentences_state_the_figures_shown_and_compare_the_answer_time_with_the_service_level() {
        assertThat(CompanySummary.sentences("2. kvt. 2026", 62.0, 2.16, 1.4, 2.0, 38.0)).containsExactly(
                "I 2. kvt. 2026 havde 62 virksomheder borgere i løntilskud, virksomhedspraktik eller fleksjob, 2,2 pct. "
                        + "af kommunens virksomheder.",
                "Halvdelen af virksomhedernes henvendelser fik svar inden for 1,4 dage, inden for serviceniveauet på "
                        + "2,0 dage.",
                "38 pct. af de forløb, der sluttede for mindst et halvt år siden, blev efterfulgt af ordinært job eller "
                        + "uddannelse inden for 6 måneder.");
    }

    @Test
    void a_slow_answer_is_called_over_the_level_and_missing_figures_are_left_out() {
        assertThat(CompanySummary.sentences("2025", null, null, 3.5, 2.0, null)).containsExactly(
                "Halvdelen af virksomhedernes henvendelser fik svar inden for 3,5 dage, over serviceniveauet på 2,0 dage.");
        assertThat(CompanySummary.sentences("2025", null, null, null, null, null))
                .containsExactly("Der er ingen virksomhedstal for 2025.");
    }
}
