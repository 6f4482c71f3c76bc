package dk.raaderum.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.raaderum.RaaderumApplication;

/** Råderum without the web server, for one command-line job on the same database. */
final class Headless {

    private Headless() {
    }

    static ConfigurableApplicationContext start() {
        // as arguments, so they win over application.properties (default properties would not)
        return new SpringApplicationBuilder(RaaderumApplication.class)
                .web(WebApplicationType.NONE)
                .run("--raaderum.load-shipped-data=false", "--logging.level.root=WARN",
                        "--logging.level.dk.raaderum=WARN");
    }
}
