package dk.raaderum.dialogue.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.dialogue.Survey;
import dk.raaderum.disclosure.SmallCells;
import dk.raaderum.engine.CprShape;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValueWriter;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.NewValue;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.CsvInput;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.FreeText;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.security.AuditTrail;

/**
 * The yearly satisfaction surveys as indicators: per survey the respondents and the satisfied are stored in December of
 * the year (a year is its last month), and the share satisfied is their ratio, so a goal can be set on it like on any
 * other indicator. Fewer than five respondents are withheld. One transaction per file; a year again replaces it.
 */
@Service
class SatisfactionSurveys {

    static final String KIND = "tilfredshed";
    static final String SOURCE = "Kommunens tilfredshedsundersøgelser, indlæst i Råderum";
    static final String DEMO_SOURCE = "Syntetiske demodata (tilfredshedsundersøgelse, Vejen)";

    private final IndicatorCatalog catalog;
    private final IndicatorValueWriter writer;
    private final IndicatorValues values;
    private final Geography geography;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    SatisfactionSurveys(IndicatorCatalog catalog, IndicatorValueWriter writer, IndicatorValues values,
            Geography geography, JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.catalog = catalog;
        this.writer = writer;
        this.values = values;
        this.geography = geography;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    sealed interface Outcome {
        record Imported(int rows) implements Outcome {
        }

        record Rejected(long line, String field, String message) implements Outcome {
        }
    }

    private record Result(int year, Survey survey, int respondents, int satisfied) {
    }

    Outcome importCsv(int code, String fileName, String csv, String user, boolean synthetic) {
        String file = FreeText.trimmed(fileName) == null ? "tilfredshed.csv" : CprShape.shown(fileName.strip());
        try {
            int thisYear = DanishFormat.today(clock).getYear();
            List<Result> results = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CsvInput.Row row : CsvInput.read(file, csv, Set.of("aar", "undersoegelse", "svar", "tilfredse"),
                    c -> false)) {
                int year = row.integer("aar", 2000, thisYear);
                Survey survey = Survey.parse(row.required("undersoegelse"))
                        .orElseThrow(() -> row.problem("undersoegelse", "skal være borgere eller virksomheder"));
                int respondents = row.integer("svar", 0, 1_000_000);
                int satisfied = row.integer("tilfredse", 0, 1_000_000);
                if (satisfied > respondents) {
                    throw row.problem("tilfredse", "kan ikke være flere end dem, der svarede");
                }
                Long earlier = seen.put(year + "|" + survey, row.line());
                if (earlier != null) {
                    throw row.problem("aar", "samme år og undersøgelse står også i linje " + earlier);
                }
                results.add(new Result(year, survey, respondents, satisfied));
            }
            transaction.executeWithoutResult(status -> store(code, file, results, user, synthetic));
            audit.record(user, code, "import", "tilfredshedsundersøgelser (" + file + ")", "ok", results.size() + " rækker");
            return new Outcome.Imported(results.size());
        } catch (CsvInput.Problem p) {
            String message = CprShape.shown(p.getMessage());
            audit.record(user, code, "import", "tilfredshedsundersøgelser (" + file + ")", "afvist", message);
            return new Outcome.Rejected(p.line(), p.field(), message);
        }
    }

    private void store(int code, String file, List<Result> results, String user, boolean synthetic) {
        String source = synthetic ? DEMO_SOURCE : SOURCE;
        boolean anySynthetic = synthetic || jdbc.sql("select exists (select 1 from data_import where kind = ? and "
                + "source = ?)").params(KIND, DEMO_SOURCE).query(Boolean.class).single();
        definitions(anySynthetic ? SOURCE + "; Vejen: syntetiske demodata" : SOURCE).forEach(catalog::define);
        Area area = geography.municipality(code).orElseThrow().asArea();
        List<NewValue> out = new ArrayList<>();
        for (Result r : results) {
            Period december = Period.month(r.year(), 12);
            boolean small = r.respondents() > 0 && r.respondents() < SmallCells.THRESHOLD;
            out.add(new NewValue(r.survey().respondents(), area, december, small ? null : (double) r.respondents()));
            out.add(new NewValue(r.survey().satisfied(), area, december, small ? null : (double) r.satisfied()));
        }
        long importId = jdbc.sql("""
                insert into data_import (kind, source, file_name, imported_by, value_count, summary)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(KIND, source, file, user, out.size(), "Tilfredshedsundersøgelser for kommune " + code + ": "
                        + results.size() + " rækker").query(Long.class).single();
        writer.write(importId, out);
    }

    static List<Indicator> definitions(String source) {
        List<Indicator> all = new ArrayList<>();
        for (Survey s : Survey.values()) {
            all.add(new Indicator(s.respondents(), s.danish() + ": svar", Unit.ANTAL, source, null,
                    "Antal, der svarede på undersøgelsen (under 5 vises ikke).", GeoAggregation.SUM, null, null, 1,
                    TimeRollUp.LAST, false, GoodDirection.NEUTRAL));
            all.add(new Indicator(s.satisfied(), s.danish() + ": tilfredse", Unit.ANTAL, source, null,
                    "Antal, der svarede tilfreds eller meget tilfreds.", GeoAggregation.SUM, null, null, 1,
                    TimeRollUp.LAST, false, GoodDirection.HIGHER_IS_BETTER));
            all.add(new Indicator(s.indicator(), s.danish() + " (andel tilfredse)", Unit.PROCENT, source, null,
                    "Andel, der svarede tilfreds eller meget tilfreds, i procent af dem, der svarede. Årlig undersøgelse; "
                            + "året står i december.", GeoAggregation.RATIO, s.satisfied(), s.respondents(), 100,
                    TimeRollUp.LAST, false, GoodDirection.HIGHER_IS_BETTER));
        }
        return all;
    }

    /** The surveys of the last five years as a table. */
    DataTable table(int code) {
        int last = DanishFormat.today(clock).getYear();
        Area area = geography.municipality(code).orElseThrow().asArea();
        DataTable.Builder t = DataTable.builder("tilfredshed", "Tilfredshedsundersøgelser", "År",
                "Borgere: andel tilfredse", "Borgere: svar", "Virksomheder: andel tilfredse", "Virksomheder: svar");
        boolean synthetic = false;
        for (int year = last; year > last - 5; year--) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(Integer.toString(year))));
            boolean any = false;
            for (Survey s : Survey.values()) {
                Double share = value(s.indicator(), area, year);
                Double respondents = value(s.respondents(), area, year);
                any |= share != null || respondents != null;
                row.add(Cell.figure(share, Quantity.PERCENT));
                row.add(Cell.figure(respondents, Quantity.COUNT));
                synthetic |= catalog.find(s.indicator()).map(Indicator::isSynthetic).orElse(false);
            }
            if (any) {
                t.row(row);
            }
        }
        return t.source("Kilde: " + (synthetic ? SOURCE + "; Vejen: syntetiske demodata" : SOURCE)
                + ". Undersøgelser med færre end 5 svar vises ikke.").build();
    }

    private Double value(String indicator, Area area, int year) {
        return catalog.find(indicator).map(i -> values.series(i, area, Period.year(year), Period.year(year)).get(0)
                .value()).orElse(null);
    }
}
