package dk.raaderum.cli;

import java.util.Locale;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dk.raaderum.platform.ConsoleProgress;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.register.AggregateRequest;
import dk.raaderum.register.GenerateRequest;
import dk.raaderum.register.RegisterEngine;
import dk.raaderum.register.RegisterOutcome;

@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Individdata: ugentlige ydelsesregistre gennem refusionsreglerne (se docs og specs/register.md).",
        subcommands = {RegisterCommand.Aggregate.class, RegisterCommand.Generate.class, RegisterCommand.Bench.class})
class RegisterCommand extends ParentCommand {



    @Command(name = "aggregate", mixinStandardHelpOptions = true,
            description = {"Kører hver persons uger gennem refusionstrappen og skriver månedstal pr. kommune og ydelse.",
                "Input er CSV (';') eller Parquet med kolonnerne person_id, week, municipality, benefit og evt. amount."})
    static class Aggregate implements Callable<Integer> {

        @Option(names = "--input", required = true, paramLabel = "FIL", description = "Registret (.csv eller .parquet).")
        Path input;

        @Option(names = "--output", required = true, paramLabel = "FIL.csv", description = "Månedstallene (CSV).")
        Path output;

        @Option(names = "--rates", paramLabel = "FIL.csv", description = "Satstabel benefit;year;monthly_dkk (standard: den medfølgende).")
        Path rates;

        @Option(names = "--rules", paramLabel = "FIL.csv", description = "Regeltabel code;benefit;group;scheme;priority (standard: den medfølgende).")
        Path rules;

        @Option(names = "--detail", paramLabel = "FIL.csv", description = "Skriv også én række pr. person-uge med tæller og trin.")
        Path detail;

        @Option(names = "--engine", defaultValue = "duckdb", paramLabel = "duckdb|spark",
                description = "duckdb (standard, én maskine) eller spark (Apache Spark; startes af ./raaderum).")
        String engine;

        @Option(names = "--master", paramLabel = "local[2]|spark://…", description = "Spark-master ved --engine spark.")
        String master;

        @Override
        public Integer call() {
            if (!engine.equals("duckdb")) {
                System.err.println(engine.equals("spark")
                        ? "--engine spark køres af scriptet ./raaderum (Spark-jobbet ligger i sit eget modul, spark/); "
                                + "se README, afsnittet om Apache Spark"
                        : "--engine skal være duckdb eller spark");
                return 2;
            }
            RegisterOutcome outcome = new RegisterEngine().aggregate(new AggregateRequest(input, rates, rules, output, detail),
                    new ConsoleProgress());
            if (outcome instanceof RegisterOutcome.Aggregated done) {
                System.out.printf("%d personer, %d person-uger, %d dobbeltrækker fjernet efter prioritet; %d rækker skrevet til %s%n",
                        done.persons(), done.keptWeeks(), done.droppedWeeks(), done.outputRows(), output);
                return 0;
            }
            System.err.println("Registret blev afvist, og der er ikke skrevet nogen fil: "
                    + ((RegisterOutcome.Rejected) outcome).message());
            return 1;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Skriver et syntetisk nationalt ugeregister (CSV eller Parquet efter filendelsen).",
                "Niveauerne for dagpenge og kontanthjælp er kalibreret til de medfølgende Jobindsats-tal;",
                "samme argumenter giver samme bytes. Data er syntetiske, ikke rigtige personer."})
    static class Generate implements Callable<Integer> {

        @Option(names = "--persons", required = true, description = "Antal personer.")
        int persons;

        @Option(names = "--from", required = true, paramLabel = "ÅÅÅÅ-Wuu", converter = WeekConverter.class)
        IsoWeek from;

        @Option(names = "--to", required = true, paramLabel = "ÅÅÅÅ-Wuu", converter = WeekConverter.class)
        IsoWeek to;

        @Option(names = "--seed", required = true, description = "Startværdi for tilfældighederne.")
        long seed;

        @Option(names = "--output", required = true, paramLabel = "FIL", description = "Filen (.csv eller .parquet).")
        Path output;

        @Override
        public Integer call() {
            String error = new RegisterEngine().generate(new GenerateRequest(persons, from, to, seed, output),
                    new ConsoleProgress());
            if (error != null) {
                System.err.println(error);
                return 1;
            }
            System.out.println("Syntetisk register skrevet til " + output);
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Måler på samme Parquet-fil, skiftevis: to rene DuckDB-forespørgsler (uden kontrol, dobbeltrækker og",
                "refusionsregnskab) og hele register aggregate; skriver medianer, forholdet og hukommelsestoppen.",
                "Eksempel: ./raaderum register generate --persons 1000000 --from 2021-W01 --to 2025-W52 --seed 1 --output national.parquet"})
    static class Bench implements Callable<Integer> {

        @Option(names = "--input", required = true, paramLabel = "FIL.parquet")
        Path input;

        @Option(names = "--runs", defaultValue = "3", description = "Antal kørsler af hver (standard 3).")
        int runs;

        @Override
        public Integer call() throws Exception {
            RegisterEngine.BenchResult r = new RegisterEngine().bench(input, runs);
            double full = RegisterEngine.BenchResult.median(r.fullSeconds());
            line("(a1) plain DuckDB query, direct", r.plainDirectSeconds());
            line("(a2) plain DuckDB query, grouped first", r.plainGroupedSeconds());
            line("(b)  full register aggregate", r.fullSeconds());
            line("(c)  of which DuckDB alone (rows out as Arrow)", r.streamSeconds());
            line("(d)  Java check + replay, CPU over both threads", r.javaSeconds());
            System.out.printf(Locale.ROOT, "ratio (b)/min(a1,a2) = %.2f (target <= 1.5)%n", full / r.plainMedian());
            System.out.printf(Locale.ROOT, "end to end = %.1f million person-weeks/s (%d person-weeks)%n",
                    r.personWeeks() / full / 1e6, r.personWeeks());
            System.out.printf(Locale.ROOT, "peak resident memory = %.2f GB (target <= 2)%n", r.peakBytes() / 1e9);
            return 0;
        }

        private static void line(String what, java.util.List<Double> seconds) {
            System.out.printf(Locale.ROOT, "%-48s median %6.2f s  runs %s%n", what, RegisterEngine.BenchResult.median(seconds),
                    seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
        }
    }

    static class WeekConverter implements picocli.CommandLine.ITypeConverter<IsoWeek> {
        @Override
        public IsoWeek convert(String value) {
            try {
                return IsoWeek.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
