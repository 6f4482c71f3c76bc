package dk.raaderum.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.IndicatorsImported;
import dk.raaderum.platform.Progress;
import dk.raaderum.importing.Imports;
import dk.raaderum.importing.StoredRegister;
import dk.raaderum.engine.CprShape;
import dk.raaderum.platform.StrictNumbers;
import dk.raaderum.security.AuditTrail;
import java.util.Optional;
import dk.raaderum.engine.GroupAccumulator;
import dk.raaderum.engine.GroupFigures;
import dk.raaderum.engine.GroupFiguresFile;
import dk.raaderum.engine.RegisterProblem;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValueWriter;
import dk.raaderum.indicator.NewValue;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;
import dk.raaderum.register.FiguresOutcome;
import dk.raaderum.register.RegisterEngine;
import dk.raaderum.register.RegisterIndicator;

/**
 * Runs imports: the whole file is read and checked first, then everything is written in one transaction,
 * so a bad file changes nothing and a re-import replaces values instead of adding them.
 */
@Service
class ImportService implements Imports {

    private static final String SHIPPED_EXTRACT = "reference/jobindsats_kommuner_long.csv";
    private static final String JOBINDSATS = "Jobindsats.dk / STAR";
    private static final int BATCH = 5_000;

    private final ExtractReader extractReader;
    private final JsonTableReader jsonReader;
    private final CsvTableReader csvReader;
    private final TableValues tableValues;
    private final IndicatorCatalog catalog;
    private final IndicatorValueWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RegisterIndicators registerIndicators;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RegisterCopies registerCopies;

    ImportService(ExtractReader extractReader, JsonTableReader jsonReader, CsvTableReader csvReader,
            TableValues tableValues, IndicatorCatalog catalog, IndicatorValueWriter writer, JdbcClient jdbc,
            TransactionTemplate transaction, dk.raaderum.geography.Geography geography, AuditTrail audit,
            ApplicationEventPublisher events, RegisterCopies registerCopies) {
        this.audit = audit;
        this.events = events;
        this.registerCopies = registerCopies;
        this.extractReader = extractReader;
        this.jsonReader = jsonReader;
        this.csvReader = csvReader;
        this.tableValues = tableValues;
        this.catalog = catalog;
        this.writer = writer;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.registerIndicators = new RegisterIndicators(geography);
    }

    @Override
    public ImportOutcome jobindsatsExtract(Path file, String user, Progress progress) {
        return run("jobindsats-extract", JOBINDSATS, file.toString(), user, progress, () -> {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return extractReader.read(file.toString(), reader, Files.size(file) / 57, this::unitOf, progress);
            }
        });
    }

    @Override
    public ImportOutcome shippedJobindsatsExtract(String user, Progress progress) {
        return run("jobindsats-extract", JOBINDSATS, SHIPPED_EXTRACT, user, progress, () -> {
            try (Reader reader = new InputStreamReader(new ClassPathResource(SHIPPED_EXTRACT).getInputStream(),
                    StandardCharsets.UTF_8)) {
                return extractReader.read(SHIPPED_EXTRACT, reader, 95_460, this::unitOf, progress);
            }
        });
    }

    @Override
    public ImportOutcome jobindsatsApi(Path file, Map<String, String> measures, Map<String, String> filters,
            String user, Progress progress) {
        return run("jobindsats-api", JOBINDSATS, file.toString(), user, progress, () -> {
            measures.values().forEach(id -> requireIndicator(file, id));
            try (InputStream in = Files.newInputStream(file)) {
                return tableValues.read(jsonReader.read(file.toString(), in), measures, filters,
                        StrictNumbers.Style.DANISH, this::unitOf, progress);
            }
        });
    }

    @Override
    public ImportOutcome statisticsDenmark(Path file, DstTarget target, Map<String, String> filters, String user,
            Progress progress) {
        return run("dst-csv", "Danmarks Statistik", file.toString(), user, progress, () -> {
            Unit unit = dstUnit(file, target);
            Table table = csvReader.read(file.toString(), file);
            String valueColumn = table.columns().get(table.columns().size() - 1);
            ParsedValues parsed = tableValues.read(table, Map.of(valueColumn, target.indicatorId()), filters,
                    StrictNumbers.Style.DANISH, id -> unit, progress);
            defineDstIndicator(target, unit);
            return parsed;
        });
    }

    @Override
    public ImportOutcome register(Path file, double weight, String source, String user, Progress progress) {
        FiguresOutcome.Figures[] read = new FiguresOutcome.Figures[1];
        return run("register", source, file.toString(), user, progress, () -> {
            checkWeight(file, weight);
            FiguresOutcome outcome = new RegisterEngine().figures(file, progress);
            if (outcome instanceof FiguresOutcome.Rejected rejected) {
                throw InputProblem.located(rejected.message());
            }
            FiguresOutcome.Figures figures = (FiguresOutcome.Figures) outcome;
            read[0] = figures;
            return registerValues(figures.figures(), figures.firstWeek(), figures.lastWeek(), weight, source);
        }, importId -> registerCopies.keep(importId, file, weight, source, read[0].persons(), read[0].firstWeek(),
                read[0].lastWeek()));
    }

    @Override
    public ImportOutcome registerFigures(Path file, double weight, String source, String user, Progress progress) {
        return run("register", source, file.toString(), user, progress, () -> {
            checkWeight(file, weight);
            GroupFiguresFile.Content content;
            try {
                content = GroupFiguresFile.read(file, RulesTable.defaults());
            } catch (RegisterProblem e) {
                throw InputProblem.located(e.getMessage());
            }
            return registerValues(content.figures(), content.firstWeek(), content.lastWeek(), weight, source);
        });
    }

    private static void checkWeight(Path file, double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new InputProblem(file.toString(), "vægten skal være et positivt tal");
        }
    }

    /** The register indicators from a register's group figures; they replace the previous register's entirely. */
    private ParsedValues registerValues(List<GroupFigures> figures, int firstWeek, int lastWeek, double weight,
            String source) {
        List<String> groups = GroupAccumulator.groups(RulesTable.defaults());
        List<Indicator> definitions = registerIndicators.definitions(groups, source);
        definitions.forEach(catalog::define);
        // a register replaces the previous one entirely, so no indicator mixes two registers
        writer.clear(definitions.stream().map(Indicator::id).toList());
        ParsedValues parsed = new ParsedValues("ingen");
        for (NewValue v : registerIndicators.values(figures, groups, weight, firstWeek, lastWeek)) {
            parsed.add(v.indicatorId(), v.area(), v.period(), v.value());
        }
        return parsed;
    }

    @Override
    public Optional<StoredRegister> storedRegister() {
        return registerCopies.current();
    }

    @Override
    public boolean noRegisterImported() {
        return jdbc.sql("select not exists (select 1 from data_import where kind = 'register')")
                .query(Boolean.class).single();
    }

    @Override
    public boolean syntheticRegisterLoaded() {
        return catalog.find(RegisterIndicator.of(RegisterIndicator.ALL, RegisterIndicator.Measure.FULL_TIME).id())
                .map(Indicator::isSynthetic).orElse(false)
                && jdbc.sql("select exists (select 1 from indicator_value where indicator_id = ?)")
                        .param(RegisterIndicator.of(RegisterIndicator.ALL, RegisterIndicator.Measure.FULL_TIME).id())
                        .query(Boolean.class).single();
    }

    @Override
    public int removeSyntheticRegister(String user) {
        if (!syntheticRegisterLoaded()) {
            return 0;
        }
        Integer removed = transaction.execute(status -> {
            List<String> ids = catalog.all().stream().filter(i -> RegisterIndicator.isRegister(i.id()) && i.isSynthetic())
                    .map(Indicator::id).toList();
            int count = jdbc.sql("select count(*) from indicator_value where indicator_id = any(?)")
                    .param(ids.toArray(String[]::new)).query(Integer.class).single();
            writer.clear(ids);
            events.publishEvent(new IndicatorsImported(0, Set.copyOf(ids)));
            audit.recordForUser(user, "fjern demoregister", "syntetisk register", "ok", count + " tal");
            return count;
        });
        return removed == null ? 0 : removed;
    }

    @Override
    public boolean nothingImported() {
        return jdbc.sql("select not exists (select 1 from data_import where source = :s)").param("s", JOBINDSATS)
                .query(Boolean.class).single();
    }

    private void requireIndicator(Path file, String id) {
        if (catalog.find(id).isEmpty()) {
            throw new InputProblem(file.toString(), "ukendt indikator '" + id + "'; se GET /api/v1/indicators");
        }
    }

    /** The unit of an indicator a file fills (counts, when the file names one Råderum does not know). */
    private Unit unitOf(String indicatorId) {
        return catalog.find(indicatorId).map(Indicator::unit).orElse(Unit.ANTAL);
    }

    /** The unit of the indicator a Statistics Denmark import fills: the existing one's, or the one given for a new one. */
    private Unit dstUnit(Path file, DstTarget target) {
        Optional<Indicator> existing = catalog.find(target.indicatorId());
        if (existing.isPresent()) {
            return existing.get().unit();
        }
        if (target.name() == null || target.unit() == null) {
            throw new InputProblem(file.toString(), "indikatoren '" + target.indicatorId()
                    + "' findes ikke; angiv --name og --unit for at oprette den");
        }
        try {
            return Unit.valueOf(target.unit().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InputProblem(file.toString(), "ukendt enhed '" + target.unit()
                    + "'; brug ANTAL, FULDTIDSPERSONER, PROCENT eller KRONER");
        }
    }

    private void defineDstIndicator(DstTarget target, Unit unit) {
        if (catalog.find(target.indicatorId()).isPresent()) {
            return;
        }
        // a share cannot be summed over municipalities without its numerator and denominator
        GeoAggregation geo = unit == Unit.PROCENT ? GeoAggregation.NONE : GeoAggregation.SUM;
        catalog.define(new Indicator(target.indicatorId(), target.name(), unit, "Danmarks Statistik", null,
                "Importeret fra en CSV-eksport fra Statistikbanken.", geo, null, null, 1,
                TimeRollUp.AVERAGE_BY_DAYS, true, GoodDirection.NEUTRAL)); // nobody has said which way is good
    }

    @FunctionalInterface
    private interface Parse {
        ParsedValues parse() throws IOException;
    }

    /** What else an import writes in its transaction, once its {@code data_import} row exists. */
    @FunctionalInterface
    private interface AfterInsert {
        void written(long importId);
    }

    private ImportOutcome run(String kind, String source, String fileName, String user, Progress progress,
            Parse parse) {
        return run(kind, source, fileName, user, progress, parse, importId -> { });
    }

    private ImportOutcome run(String kind, String source, String fileName, String user, Progress progress,
            Parse parse, AfterInsert afterInsert) {
        try {
            return transaction.execute(status -> {
                ParsedValues parsed = parseOrThrow(fileName, parse);
                long importId = jdbc.sql("""
                        insert into data_import (kind, source, file_name, imported_by, value_count, summary)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                        .params(kind, source, Path.of(fileName).getFileName().toString(), user,
                                parsed.values().size(), parsed.summary().describe())
                        .query(Long.class).single();
                write(importId, parsed.values(), progress);
                afterInsert.written(importId);
                writer.refreshDerivedSeries(parsed.summary().indicators());
                events.publishEvent(new IndicatorsImported(importId, parsed.summary().indicators()));
                audit.recordForUser(user, "import", Path.of(fileName).getFileName().toString(), "ok", kind);
                return new ImportOutcome.Imported(importId, parsed.summary());
            });
        } catch (InputProblem e) {
            audit.recordForUser(user, "import", Path.of(fileName).getFileName().toString(), "afvist",
                    CprShape.shown(e.getMessage()));
            return new ImportOutcome.Rejected(CprShape.shown(e.getMessage()));
        }
    }

    private static ParsedValues parseOrThrow(String fileName, Parse parse) {
        try {
            return parse.parse();
        } catch (NoSuchFileException e) {
            throw new InputProblem(fileName, "filen findes ikke");
        } catch (IOException | UncheckedIOException e) {
            throw new InputProblem(fileName, "kunne ikke læses: " + e.getMessage());
        }
    }

    private void write(long importId, List<NewValue> values, Progress progress) {
        progress.begin("Gemmer", values.size());
        for (int from = 0; from < values.size(); from += BATCH) {
            List<NewValue> batch = values.subList(from, Math.min(values.size(), from + BATCH));
            writer.write(importId, batch);
            progress.advance(batch.size());
        }
        progress.end();
    }
}
