package dk.raaderum.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.raaderum.RaaderumApplication;

/** Råderum without the web server, for one command-line job on the same database. */
final class Headless {

    private Headless() {
    }

    /** For jobs that bring their own data (imports, users, backup): the shipped data are not loaded first. */
    static ConfigurableApplicationContext start() {
        return start(false);
    }

    /**
     * @param withData load the shipped data (and, in a demo installation, the demo data) first if this home has
     *                 none yet, with progress bars, exactly as the first {@code serve} would
     */
    static ConfigurableApplicationContext start(boolean withData) {
        // as arguments, so they win over application.properties (default properties would not)
        return new SpringApplicationBuilder(RaaderumApplication.class)
                .web(WebApplicationType.NONE)
                .run("--raaderum.load-shipped-data=" + withData, "--logging.level.root=WARN",
                        "--logging.level.dk.raaderum=WARN");
    }
}
