package dk.raaderum.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line behind {@code ./raaderum}: {@code serve} and {@code import …}, each with {@code --help}. */
@Command(name = "raaderum", mixinStandardHelpOptions = true, version = "Råderum 0.1",
        description = "Politisk styring af beskæftigelsesindsatsen: tal, sammenligning, mål og økonomi.",
        subcommands = {ServeCommand.class, ImportCommand.class, RegisterCommand.class, ReportCommand.class,
            UsersCommand.class, BackupCommand.class, RestoreCommand.class,
            CommandLine.HelpCommand.class})
public class RaaderumCli extends ParentCommand {


    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new RaaderumCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Fejl: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        int status = cli.execute(args);
        if (!(args.length > 0 && args[0].equals("serve") && status == 0)) {
            System.exit(status);
        }
    }

}
