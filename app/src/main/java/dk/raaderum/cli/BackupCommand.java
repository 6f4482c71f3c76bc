package dk.raaderum.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import dk.raaderum.platform.database.DatabaseBackup;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Tager en sikkerhedskopi af hele databasen (pg_dump, eget format) – den indbyggede i RAADERUM_HOME,",
            "eller den eksterne i RAADERUM_DB_URL. Filen indeholder personoplysninger og kan kun læses af ejeren.",
            "Eksempel: ./raaderum backup raaderum-2026-12-01.dump"})
class BackupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FIL")
    Path file;

    @Override
    public Integer call() {
        return report(DatabaseBackup.backup(file, environment()));
    }

    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent("RAADERUM_HOME", "data");
        return env;
    }

    static int report(DatabaseBackup.Outcome outcome) {
        (outcome.ok() ? System.out : System.err).println(outcome.message());
        return outcome.ok() ? 0 : 1;
    }
}
