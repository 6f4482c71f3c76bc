package dk.raaderum.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dk.raaderum.platform.ConsoleProgress;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Indlæser offentlig statistik. Hver import er én transaktion: alt gemmes, eller intet ændres.",
        subcommands = {ImportCommand.Extract.class, ImportCommand.JobindsatsApi.class, ImportCommand.Dst.class,
            ImportCommand.Register.class, ImportCommand.RegisterFigures.class})
class ImportCommand extends ParentCommand {



    /** Starts Råderum without the web server, runs one import and reports it. */
    static int run(Function<Imports, ImportOutcome> work) {
        try (ConfigurableApplicationContext context = Headless.start()) {
            ImportOutcome outcome = work.apply(context.getBean(Imports.class));
            if (outcome instanceof ImportOutcome.Imported imported) {
                System.out.println(imported.summary().describe());
                return 0;
            }
            System.err.println("Importen blev afvist, og intet er ændret: " + ((ImportOutcome.Rejected) outcome).message());
            return 1;
        }
    }

    static String user() {
        return System.getProperty("user.name", "cli");
    }

    @Command(name = "jobindsats-extract", mixinStandardHelpOptions = true,
            description = "Jobindsats-udtrækket i langt format (standard: det, der følger med Råderum).")
    static class Extract implements Callable<Integer> {

        @Parameters(arity = "0..1", paramLabel = "FIL", description = "En fil i samme format; udelades den, bruges det medfølgende udtræk.")
        Path file;

        @Override
        public Integer call() {
            return run(imports -> file == null
                    ? imports.shippedJobindsatsExtract(user(), new ConsoleProgress())
                    : imports.jobindsatsExtract(file, user(), new ConsoleProgress()));
        }
    }

    @Command(name = "jobindsats", mixinStandardHelpOptions = true,
            description = {"Et svar gemt fra Jobindsats' API, v2 ([{\"Variables\":…,\"Data\":…}]) eller v3 ({columns, rows}).",
                "Eksempel: ./raaderum import jobindsats svar.json --measure \"Antal fuldtidspersoner=kontanthjaelp_fuldtid\""})
    static class JobindsatsApi implements Callable<Integer> {

        @Parameters(paramLabel = "FIL")
        Path file;

        @Option(names = "--measure", required = true, paramLabel = "KOLONNE=INDIKATOR",
                description = "Målekolonne og den indikator, den fylder (kan gentages).")
        Map<String, String> measures = new LinkedHashMap<>();

        @Option(names = "--where", paramLabel = "KOLONNE=VÆRDI", description = "Behold kun rækker med denne værdi (kan gentages).")
        Map<String, String> filters = new LinkedHashMap<>();

        @Override
        public Integer call() {
            return run(imports -> imports.jobindsatsApi(file, measures, filters, user(), new ConsoleProgress()));
        }
    }

    @Command(name = "dst", mixinStandardHelpOptions = true,
            description = {"En CSV-eksport fra Danmarks Statistik (';', danske decimaler, '..' for manglende).",
                "Sidste kolonne er værdien; område- og tidskolonnen findes ud fra navnene (OMRÅDE, TID)."})
    static class Dst implements Callable<Integer> {

        @Parameters(paramLabel = "FIL")
        Path file;

        @Option(names = "--indicator", required = true, description = "Indikatorens id; findes den ikke, oprettes den.")
        String indicator;

        @Option(names = "--name", description = "Navn på en ny indikator.")
        String name;

        @Option(names = "--unit", description = "Enhed for en ny indikator: ANTAL, FULDTIDSPERSONER, PROCENT eller KRONER.")
        String unit;

        @Option(names = "--where", paramLabel = "KOLONNE=VÆRDI", description = "Behold kun rækker med denne værdi (kan gentages).")
        Map<String, String> filters = new LinkedHashMap<>();

        @Override
        public Integer call() {
            return run(imports -> imports.statisticsDenmark(file, new Imports.DstTarget(indicator, name, unit), filters,
                    user(), new ConsoleProgress()));
        }
    }

    /** What both register imports take. */
    abstract static class RegisterImport implements Callable<Integer> {

        @Parameters(paramLabel = "FIL")
        Path file;

        @Option(names = "--weight", defaultValue = "1", description = "Hvor mange personer hver person i registret står for (standard 1).")
        double weight;

        @Option(names = "--source", defaultValue = "Ydelsesregister", description = "Kildens navn, som det vises ved tallene.")
        String source;
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = {"Et ugentligt ydelsesregister (CSV eller Parquet, se specs/register.md): hver person køres gennem",
                "refusionstrappen, og månedstal pr. kommune og ydelsesgruppe gemmes som indikatorer reg_<gruppe>_<mål>."})
    static class Register extends RegisterImport {

        @Override
        public Integer call() {
            return run(imports -> imports.register(file, weight, source, user(), new ConsoleProgress()));
        }
    }

    @Command(name = "register-figures", mixinStandardHelpOptions = true,
            description = {"Gruppetal fra et register, der er kørt et andet sted (Spark-jobbets --figures-fil): gemmes som",
                "de samme indikatorer reg_<gruppe>_<mål>, som 'import register' gemmer for selve registret."})
    static class RegisterFigures extends RegisterImport {

        @Override
        public Integer call() {
            return run(imports -> imports.registerFigures(file, weight, source, user(), new ConsoleProgress()));
        }
    }
}
