package dk.raaderum.partnership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.Period;
import dk.raaderum.platform.Progress;

/**
 * What the partnership pages compute from imported data — the benchmark row of the network view and a practice's
 * development — is computed again after an import, not served from before it.
 */
@RaaderumIntegrationTest
class FiguresAfterImportTest {

    private static final String SHARE = "kontanthjaelp_pct_befolkning";
    private static final Period JULY = Period.month(2026, 7);

    @Autowired
    Figures figures;
    @Autowired
    PracticeFigures practiceFigures;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    Imports imports;
    @TempDir
    Path folder;

    private void importVejenInJuly(double value) throws Exception {
        Path file = folder.resolve("vejen.csv");
        Files.writeString(file, "kommunekode;kommune;jobindsats_tabel;serie;maal;periode;kategori;vaerdi\n"
                + "575;Vejen;y60a02;cashAssistance;populationRate;2026M07;;" + value + "\n");
        assertThat(imports.jobindsatsExtract(file, "test", Progress.SILENT)).isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void the_network_view_s_benchmark_and_a_practice_s_development_show_an_import_at_once() throws Exception {
        Indicator share = catalog.find(SHARE).orElseThrow();
        Practice practice = new Practice(0, 575, "Vejen", "Test", "Kun til tests.", YearMonth.of(2026, 1), "leder",
                List.of(), List.of(), List.of(SHARE), false, List.of());
        double shipped = figures.benchmark(share, JULY, 575).orElseThrow().actual();
        assertThat(practiceFigures.development(practice, share).toValue()).isEqualTo(shipped); // both computed now
        double imported = shipped + 1.3;

        importVejenInJuly(imported);

        assertThat(figures.benchmark(share, JULY, 575).orElseThrow().actual()).isEqualTo(imported);
        assertThat(practiceFigures.development(practice, share).toValue()).isEqualTo(imported);
    }
}
