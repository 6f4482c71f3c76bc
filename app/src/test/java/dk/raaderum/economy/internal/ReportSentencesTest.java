package dk.raaderum.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.raaderum.importing.StoredRegister;

class ReportSentencesTest {

    private static final StoredRegister REGISTER = new StoredRegister(1, Path.of("x"), 1, "Syntetisk register", 0, 100, 10);

    private static QuarterForecast.Row total(int month, double dkk, double lower, double upper) {
        return new QuarterForecast.Row(Groups.ALL, YearMonth.of(2026, month), dkk, lower, upper, 10, false, null);
    }

    @Test
    void the_forecast_sentence_sums_the_quarters_and_says_synthetic() {
        // 10 + 12 = 22 mio. kr., lower 9 + 10 = 19, upper 11 + 14 = 25
        EconomyService.Forecast f = new EconomyService.Forecast(YearMonth.of(2025, 12),
                List.of(total(1, 10e6, 9e6, 11e6), total(4, 12e6, 10e6, 14e6)), Set.of(), REGISTER, Optional.empty());
        assertThat(ReportSentences.forecast(f)).isEqualTo("Med data til og med dec. 2025 ventes kommunens udgift efter "
                + "refusion til alle ydelser i de næste 2 kvartaler at blive 22,0 mio. kr. (mellem 19,0 mio. kr. og "
                + "25,0 mio. kr.); tallene er syntetiske.");
    }

    @Test
    void the_hit_sentence_gives_both_errors_and_says_when_the_naive_forecast_was_closer() {
        // forecast 102 against 100: 2,0 pct.; naive 99: 1,0 pct.
        BackTest.Result result = new BackTest.Result(YearMonth.of(2024, 12), YearMonth.of(2025, 12),
                List.of(new BackTest.Hit(Groups.ALL, 102, 99, 100)));
        assertThat(EconomyPages.hitSentence(result, result.total().orElseThrow())).isEqualTo("Sidste års prognose, "
                + "lavet med data til dec. 2024, ramte den samlede kommunale udgift for de 12 måneder til dec. 2025 med "
                + "2,0 pct. ved siden af; en naiv prognose (samme måneder året før) ramte 1,0 pct. ved siden af, så den "
                + "naive prognose var tættere på i år.");
    }
}
