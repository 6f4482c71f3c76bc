package dk.raaderum.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import dk.raaderum.platform.database.DatabaseBackup;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Gendanner databasen fra en sikkerhedskopi lavet med ./raaderum backup. Alt i databasen erstattes",
            "i én transaktion; stop serveren først. Eksempel: ./raaderum restore raaderum-2026-12-01.dump"})
class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FIL")
    Path file;

    @Override
    public Integer call() {
        return BackupCommand.report(DatabaseBackup.restore(file, BackupCommand.environment()));
    }
}
