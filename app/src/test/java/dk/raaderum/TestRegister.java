package dk.raaderum;

import java.nio.file.Path;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.GenerateRequest;
import dk.raaderum.register.RegisterEngine;

/**
 * One small synthetic register for the tests that need register indicators: 6,000 persons over 2024-2025, each
 * standing for 500. Every test imports the same one, so the shared database holds the same figures whichever
 * test ran first; it covers more than a year, so the register's own cost per person-year exists.
 */
public final class TestRegister {

    private TestRegister() {
    }

    public static void imported(Imports imports, Path folder) {
        Path register = folder.resolve("test-register.parquet");
        new RegisterEngine().generate(new GenerateRequest(6000, IsoWeek.parse("2024-W01"), IsoWeek.parse("2025-W52"), 4,
                register), Progress.SILENT);
        ImportOutcome outcome = imports.register(register, 500, "Syntetisk testregister", "test", Progress.SILENT);
        if (!(outcome instanceof ImportOutcome.Imported)) {
            throw new AssertionError("Testregistret blev ikke indlæst: " + outcome);
        }
    }
}
