package dk.raaderum.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dk.raaderum.security.Role;
import dk.raaderum.security.UserAccounts;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Brugere med adgangskode: opret den første administrator, nulstil en adgangskode, deaktivér.",
            "Eksempel: ./raaderum users add --username anna.admin --role ADMINISTRATOR --name \"Anna, IT\""},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.ResetPassword.class,
            UsersCommand.SetEnabled.class})
class UsersCommand extends ParentCommand {

    static String by() {
        return "kommandolinje (" + System.getProperty("user.name", "ukendt") + ")";
    }

    static int run(Function<UserAccounts, UserAccounts.Result> work, String done) {
        try (ConfigurableApplicationContext context = Headless.start()) {
            UserAccounts.Result result = work.apply(context.getBean(UserAccounts.class));
            if (result instanceof UserAccounts.Result.Refused refused) {
                System.err.println("Afvist (" + refused.field() + "): " + refused.message());
                return 1;
            }
            System.out.println(done);
            return 0;
        }
    }

    /** Reads the password from standard input (one line) or asks twice at the terminal, never from an argument. */
    static String password(boolean fromStdin) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            } catch (IOException e) {
                return "";
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("Ingen terminal at spørge om adgangskoden i; brug --password-stdin");
        }
        char[] first = console.readPassword("Adgangskode (mindst 12 tegn): ");
        char[] second = console.readPassword("Gentag adgangskoden: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("De to adgangskoder er ikke ens");
        }
        return new String(first);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Opretter en bruger med adgangskode.")
    static class Add implements Callable<Integer> {
        @Option(names = "--username", required = true, description = "Små bogstaver, tal og . _ @ -")
        String username;

        @Option(names = "--role", required = true,
                description = "POLITIKER, LEDER, ANALYTIKER, SAGSBEHANDLER eller ADMINISTRATOR.")
        String role;

        @Option(names = "--municipality", paramLabel = "KODE", description = "Kommunekoden; udelades for netværket (KL).")
        Integer municipality;

        @Option(names = "--name", description = "Navn eller funktion (standard: brugernavnet).")
        String name;

        @Option(names = "--password-stdin", description = "Læs adgangskoden som én linje fra standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            Role parsed = Role.parse(role).orElse(null);
            if (parsed == null) {
                System.err.println("Ukendt rolle '" + role + "'; brug POLITIKER, LEDER, ANALYTIKER, SAGSBEHANDLER eller ADMINISTRATOR.");
                return 2;
            }
            String password = password(passwordStdin);
            return run(accounts -> accounts.create(new UserAccounts.NewAccount(username, name == null ? username : name,
                    parsed, municipality, password), by()), "Brugeren " + username + " er oprettet.");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Viser alle brugere.")
    static class ListUsers implements Callable<Integer> {
        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Headless.start()) {
                for (UserAccounts.Account a : context.getBean(UserAccounts.class).all()) {
                    System.out.printf("%-24s %-14s %-10s %-12s %s%n", a.username(), a.role().danish(),
                            a.municipality() == null ? "netværket" : a.municipality(), a.enabled() ? "aktiv" : "deaktiveret",
                            a.displayName());
                }
                return 0;
            }
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true, description = "Giver en bruger en ny adgangskode.")
    static class ResetPassword implements Callable<Integer> {
        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--password-stdin", description = "Læs adgangskoden som én linje fra standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            String password = password(passwordStdin);
            return run(accounts -> accounts.resetPassword(username, password, by()), "Adgangskoden er skiftet.");
        }
    }

    @Command(name = "set-enabled", mixinStandardHelpOptions = true, description = "Aktiverer eller deaktiverer en bruger.")
    static class SetEnabled implements Callable<Integer> {
        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--enabled", required = true, arity = "1", description = "true eller false.")
        boolean enabled;

        @Override
        public Integer call() {
            return run(accounts -> accounts.setEnabled(username, enabled, by()),
                    enabled ? "Brugeren er aktiveret." : "Brugeren er deaktiveret.");
        }
    }
}
