package dk.raaderum.cli;

import picocli.CommandLine;

/** A command that only groups subcommands: run on its own, it shows its help. */
abstract class ParentCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
