package dk.raaderum.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.platform.ConsoleProgress;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.Progress;
import dk.raaderum.report.ReportFormat;
import dk.raaderum.report.Reports;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Skriver udvalgsrapporten «Opfølgning på beskæftigelsesindsatsen i … Kommune» for et kvartal,",
            "som PDF eller HTML, for én kommune (--municipality) eller alle 98 (--all), eller ugens one-pager (--weekly).",
            "Eksempel: ./raaderum report --municipality 575 --period 2026-Q2 --format pdf --output vejen.pdf"})
class ReportCommand implements Callable<Integer> {

    @Option(names = "--municipality", paramLabel = "KODE", description = "Kommunekoden, fx 575 for Vejen.")
    Integer municipality;

    @Option(names = "--all", description = "Alle 98 kommuner; filerne lægges i --output-dir.")
    boolean all;

    @Option(names = "--period", paramLabel = "ÅÅÅÅ-Qn", description = "Kvartalet, fx 2026-Q2 (ikke for --weekly).")
    String period;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf eller html (standard pdf).")
    String format;

    @Option(names = "--output", paramLabel = "FIL", description = "Filen, der skrives (én kommune).")
    Path output;

    @Option(names = "--output-dir", paramLabel = "MAPPE", defaultValue = "rapporter",
            description = "Mappen til --all (standard ./rapporter).")
    Path outputDir;

    @Option(names = "--weekly", description = "Ugens effekt-one-pager (PDF) i stedet for kvartalsrapporten.")
    boolean weekly;

    @Option(names = "--team", description = "Med --weekly: kun dette holds mål.")
    String team;

    @Override
    public Integer call() {
        String problem = problem();
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        ReportFormat chosen = weekly ? ReportFormat.PDF : ReportFormat.parse(format).orElseThrow();
        Period quarter = weekly ? null : Period.parse(period);
        try (ConfigurableApplicationContext context = Headless.start(true)) {
            Reports reports = context.getBean(Reports.class);
            Geography geography = context.getBean(Geography.class);
            if (!weekly && reports.refusal(quarter).isPresent()) {
                System.err.println(reports.refusal(quarter).get());
                return 2;
            }
            if (!all) {
                if (geography.municipality(municipality).isEmpty()) {
                    System.err.println("Kommunekoden " + municipality + " findes ikke (brug fx 575 for Vejen).");
                    return 2;
                }
                long started = System.nanoTime();
                write(output, weekly ? reports.weeklyOnePager(municipality, team)
                        : reports.committeeReport(municipality, quarter, chosen, true));
                System.out.println("Skrev " + output + " på " + seconds(System.nanoTime() - started) + ".");
                return 0;
            }
            return batch(reports, geography.municipalities(), quarter, chosen);
        } catch (IOException e) {
            System.err.println("Rapporten kunne ikke skrives: " + e.getMessage());
            return 1;
        }
    }

    private int batch(Reports reports, List<Municipality> municipalities, Period quarter, ReportFormat chosen)
            throws IOException {
        Files.createDirectories(outputDir);
        List<Long> times = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Progress progress = new ConsoleProgress();
        progress.begin("Rapporter", municipalities.size());
        for (Municipality m : municipalities) {
            long started = System.nanoTime();
            try {
                byte[] content = weekly ? reports.weeklyOnePager(m.code(), team)
                        : reports.committeeReport(m.code(), quarter, chosen, true);
                write(outputDir.resolve(fileName(m, quarter, chosen)), content);
                times.add(System.nanoTime() - started);
            } catch (RuntimeException e) {
                failed.add(m.name() + ": " + e.getMessage());
            }
            progress.advance(1);
        }
        progress.end();
        List<Long> sorted = times.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.println(times.size() + " rapporter skrevet i " + outputDir + "; median " + seconds(sorted.get(sorted.size() / 2))
                    + " pr. rapport, langsomste " + seconds(sorted.get(sorted.size() - 1)) + ".");
        }
        failed.forEach(f -> System.err.println("Fejlede: " + f));
        return failed.isEmpty() ? 0 : 1;
    }

    private String problem() {
        if (all == (municipality != null)) {
            return "Angiv enten --municipality KODE eller --all.";
        }
        if (!all && output == null) {
            return "Angiv --output FIL.";
        }
        if (!weekly) {
            if (period == null) {
                return "Angiv --period, fx 2026-Q2.";
            }
            try {
                if (Period.parse(period).type() != PeriodType.QUARTER) {
                    return "--period skal være et kvartal som 2026-Q2, ikke '" + period + "'.";
                }
            } catch (IllegalArgumentException e) {
                return "--period: " + e.getMessage();
            }
            if (ReportFormat.parse(format).isEmpty()) {
                return "--format skal være pdf eller html, ikke '" + format + "'.";
            }
        }
        return null;
    }

    private String fileName(Municipality m, Period quarter, ReportFormat chosen) {
        String name = m.code() + "-" + m.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9æøå]+", "-");
        return weekly ? name + "-ugens-effekt.pdf"
                : name + "-" + quarter + "." + chosen.name().toLowerCase(Locale.ROOT);
    }

    /** Writes next to the target and moves it into place, so no half-written report is ever left. */
    private static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String seconds(long nanos) {
        return DanishFormat.number(nanos / 1e9, 2) + " s";
    }
}
