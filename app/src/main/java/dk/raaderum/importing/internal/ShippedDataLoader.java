package dk.raaderum.importing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.raaderum.platform.ConsoleProgress;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;

/** At the first start, loads the real Jobindsats extract that ships with Råderum, so the map has data at once. */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "raaderum.load-shipped-data", matchIfMissing = true)
class ShippedDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedDataLoader.class);

    private final Imports imports;

    ShippedDataLoader(Imports imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!imports.nothingImported()) {
            return;
        }
        log.info("Første start: indlæser de medfølgende Jobindsats-tal");
        ImportOutcome outcome = imports.shippedJobindsatsExtract("system", new ConsoleProgress());
        if (outcome instanceof ImportOutcome.Imported imported) {
            log.info(imported.summary().describe());
        } else if (outcome instanceof ImportOutcome.Rejected rejected) {
            log.error("De medfølgende data kunne ikke indlæses: {}", rejected.message());
        }
    }
}
