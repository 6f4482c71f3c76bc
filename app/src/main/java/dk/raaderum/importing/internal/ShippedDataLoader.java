package dk.raaderum.importing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.raaderum.platform.DatabaseMode;
import dk.raaderum.platform.DemoDataReady;
import dk.raaderum.platform.StartupProgress;
import org.springframework.context.ApplicationEventPublisher;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.geography.Area;
import dk.raaderum.importing.Imports;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.register.GenerateRequest;
import dk.raaderum.register.RegisterEngine;

/**
 * At the first start, loads the real Jobindsats extract that ships with Råderum, so the map has data at once, and,
 * in a demo installation (the embedded default unless {@code RAADERUM_DEMO=false}), a synthetic register for the
 * economy pages; then announces {@link DemoDataReady} so the demo users and plan are made. Progress shows in the
 * console and on the "Råderum indlæser data …" page.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "raaderum.load-shipped-data", matchIfMissing = true)
class ShippedDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedDataLoader.class);

    static final String DEMO_SOURCE = "Syntetisk register (Råderum), opregnet til befolkningen 16-66 år";

    private final Imports imports;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final int demoPersons;
    private final boolean demo;
    private final StartupProgress progress;
    private final ApplicationEventPublisher events;

    ShippedDataLoader(Imports imports, IndicatorCatalog catalog, IndicatorValues values,
            @Value("${raaderum.demo-register.persons}") int demoPersons, @Value("${raaderum.demo:true}") boolean demo,
            DatabaseMode mode, StartupProgress progress, ApplicationEventPublisher events) {
        this.imports = imports;
        this.catalog = catalog;
        this.values = values;
        this.demoPersons = demoPersons;
        this.demo = demo && mode.isEmbedded();
        this.progress = progress;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (imports.nothingImported()) {
            log.info("Første start: indlæser de medfølgende Jobindsats-tal");
            report(imports.shippedJobindsatsExtract("system", progress));
        }
        if (demo && demoPersons > 0 && imports.noRegisterImported()) {
            loadSyntheticRegister();
        }
        if (demo) {
            events.publishEvent(new DemoDataReady());
        }
    }

    /**
     * A synthetic register over the same five years as the Jobindsats data, expanded so each synthetic person
     * stands for its share of the 16-66-year-olds. Synthetic: no real person is in it, and it says so.
     */
    private void loadSyntheticRegister() throws IOException {
        log.info("Første start: danner og indlæser et syntetisk register med {} personer", demoPersons);
        Path file = Files.createTempFile("raaderum-demo-register", ".parquet");
        try {
            String error = new RegisterEngine().generate(new GenerateRequest(demoPersons, IsoWeek.parse("2021-W31"),
                    IsoWeek.parse("2026-W31"), 2026, file), progress);
            if (error != null) {
                log.error("Det syntetiske register kunne ikke dannes: {}", error);
                return;
            }
            report(imports.register(file, population1666() / demoPersons, DEMO_SOURCE, "system", progress));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The 16-66-year-olds of the whole country, from Jobindsats' share and count of kontanthjælp. */
    private double population1666() {
        Period july = Period.month(2026, 7);
        return catalog.find("befolkning_16_66_afledt")
                .map(i -> values.series(i, Area.DENMARK, july, july).get(0).value())
                .orElse((double) demoPersons);
    }

    private static void report(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported imported) {
            log.info(imported.summary().describe());
        } else if (outcome instanceof ImportOutcome.Rejected rejected) {
            log.error("De medfølgende data kunne ikke indlæses: {}", rejected.message());
        }
    }
}
