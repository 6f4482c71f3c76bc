package dk.raaderum.cli;

import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;

import dk.raaderum.RaaderumApplication;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starter webapplikationen (standard: http://localhost:8080).",
            "Uden RAADERUM_DB_URL startes en indbygget PostgreSQL med data i RAADERUM_HOME (standard ./data).",
            "Porten sættes med SERVER_PORT."})
class ServeCommand implements Runnable {

    @Override
    public void run() {
        SpringApplication.run(RaaderumApplication.class);
    }
}
