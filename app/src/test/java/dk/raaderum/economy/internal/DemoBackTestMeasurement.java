package dk.raaderum.economy.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.GenerateRequest;
import dk.raaderum.register.RegisterEngine;
import dk.raaderum.register.WeeksOutcome;

/**
 * The back-test on the demo register (the one {@code ./raaderum serve} generates: 200,000 persons, 2021-W31 to
 * 2026-W31, seed 2026): last year's forecast (made as of 2025-07) against what happened from August 2025 to July 2026, beside
 * the naive forecast (the same months a year before), for the whole country and a few municipalities. A measurement,
 * not a test of the code; run it with
 * {@code ./mvnw -o -q -pl app -am test -Dtest=DemoBackTestMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Draaderum.measure=true}.
 */
@EnabledIfSystemProperty(named = "raaderum.measure", matches = "true")
class DemoBackTestMeasurement {

    @Test
    void prints_the_back_test_of_the_demo_register() throws Exception {
        Path dir = Files.createTempDirectory("economy-measure");
        Path register = dir.resolve("demo.parquet");
        String error = new RegisterEngine().generate(new GenerateRequest(200_000, IsoWeek.parse("2021-W31"),
                IsoWeek.parse("2026-W31"), 2026, register), Progress.SILENT);
        if (error != null) {
            throw new AssertionError(error);
        }
        for (int code : new int[] {HistoriesSink.COUNTRY, 101, 751, 575, 461}) {
            HistoriesSink sink = new HistoriesSink(code);
            WeeksOutcome.Read read = (WeeksOutcome.Read) new RegisterEngine().keptWeeks(register, sink, Progress.SILENT);
            Histories histories = new Histories(sink.persons(), read.firstWeek(), read.lastWeek(), 1);
            YearMonth asOf = EconomyService.lastFullMonth(histories);
            BackTest.Result result = BackTest.of(histories, asOf).orElseThrow();
            System.out.printf(Locale.ROOT, "%n== %s: forecast as of %s for %s..%s%n",
                    code == HistoriesSink.COUNTRY ? "hele landet" : String.valueOf(code), result.origin(),
                    result.origin().plusMonths(1), result.last());
            for (BackTest.Hit hit : result.hits()) {
                System.out.printf(Locale.ROOT, "%-38s actual %10.1f  forecast %+6.2f %%  naive %+6.2f %%  %s%n",
                        hit.group(), hit.actualDkk() / 1e6, 100 * (hit.forecastDkk() / hit.actualDkk() - 1),
                        100 * (hit.naiveDkk() / hit.actualDkk() - 1), hit.beatsNaive() ? "" : "(naive better)");
            }
        }
        Files.deleteIfExists(register);
        Files.deleteIfExists(dir);
    }
}
