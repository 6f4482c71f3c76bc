package dk.raaderum.benchmark.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.benchmark.Condition;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;

/**
 * The model's framework conditions: the real, public statistics shipped in {@code reference/rammevilkaar}
 * (declared in {@code benchmark/model-conditions.csv}, each with publisher, table and year) and conditions Råderum
 * derives from the geography, stored at every start in {@code framework_condition}. More come from imported
 * statistics through {@code benchmark/conditions.csv}.
 */
@Component
class FrameworkConditions {

    private static final int[] LARGE_CITIES = {101, 751, 461, 851}; // København, Aarhus, Odense, Aalborg

    private final List<Condition> model;
    private final Map<Integer, double[]> values;
    private final List<Imported> imported;
    private final IndicatorCatalog catalog;
    private final IndicatorValues indicatorValues;

    /** A condition read from an imported indicator, declared in {@code benchmark/conditions.csv}. */
    record Imported(String id, String name, String subject, String indicator, Period period) {
    }

    /** The conditions of one model run and each municipality's values, in the same order. */
    record Table(List<Condition> conditions, Map<Integer, double[]> values) {
        double[] of(int municipality) {
            return values.get(municipality).clone();
        }

        List<Integer> municipalities() {
            return new ArrayList<>(values.keySet());
        }
    }

    FrameworkConditions(Geography geography, JdbcClient jdbc, TransactionTemplate transaction,
            IndicatorCatalog catalog, IndicatorValues indicatorValues,
            @Value("${raaderum.benchmark.conditions:classpath:benchmark/conditions.csv}") Resource catalogue,
            @Value("${raaderum.benchmark.model-conditions:classpath:benchmark/model-conditions.csv}") Resource modelFile) {
        this.catalog = catalog;
        this.indicatorValues = indicatorValues;
        this.imported = readCatalogue(catalogue);
        List<Integer> codes = geography.municipalities().stream().map(Municipality::code).toList();
        ModelConditionsFile.Read read = ModelConditionsFile.read(modelFile, codes, derived(geography));
        this.model = read.conditions();
        this.values = read.values();
        transaction.executeWithoutResult(status -> store(jdbc));
    }

    /** Conditions computed from the shipped geography, by the column name the model file uses for them. */
    private static Map<String, Map<Integer, Double>> derived(Geography geography) {
        Map<String, Map<Integer, Double>> derived = new HashMap<>();
        for (Municipality m : geography.municipalities()) {
            double[] point = geography.labelPoint(m.code());
            double nearest = Double.MAX_VALUE;
            for (int city : LARGE_CITIES) {
                nearest = Math.min(nearest, kilometres(point, geography.labelPoint(city)));
            }
            derived.computeIfAbsent("afstand_storby_km", k -> new HashMap<>()).put(m.code(), nearest);
            derived.computeIfAbsent("befolkning_log", k -> new HashMap<>()).put(m.code(), Math.log(m.population()));
            derived.computeIfAbsent("taethed_log", k -> new HashMap<>())
                    .put(m.code(), Math.log(m.population() / geography.areaKm2(m.code())));
        }
        return derived;
    }

    private void store(JdbcClient jdbc) {
        jdbc.sql("delete from framework_condition where not (condition_id = any(:ids))")
                .param("ids", model.stream().map(Condition::id).toArray(String[]::new)).update();
        values.forEach((code, row) -> {
            for (int k = 0; k < model.size(); k++) {
                Condition c = model.get(k);
                jdbc.sql("""
                        insert into framework_condition
                            (municipality_code, condition_id, value, source, source_table, year, synthetic)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (municipality_code, condition_id) do update set value = excluded.value,
                            source = excluded.source, source_table = excluded.source_table, year = excluded.year,
                            synthetic = excluded.synthetic""")
                        .params(code, c.id(), row[k], c.source(), c.table(), c.year(), c.synthetic()).update();
            }
        });
    }

    /**
     * The conditions for a model run: the shipped ones, plus each catalogued import that has a value for every
     * municipality (read now, so a new import counts at once).
     */
    Table current() {
        List<Condition> conditions = new ArrayList<>(model);
        Map<Integer, double[]> table = new LinkedHashMap<>();
        values.forEach((code, row) -> table.put(code, row.clone()));
        for (Imported entry : imported) {
            Optional<Indicator> indicator = catalog.find(entry.indicator());
            if (indicator.isEmpty()) {
                continue;
            }
            Map<Integer, Double> byCode = new HashMap<>();
            for (Observation o : indicatorValues.snapshot(indicator.get(), AreaLevel.KOMMUNE, entry.period())) {
                byCode.put(o.area().code(), o.value());
            }
            if (byCode.values().stream().anyMatch(v -> v == null) || byCode.size() < table.size()) {
                continue; // a condition with a gap would silently drop municipalities from the model
            }
            conditions.add(new Condition(entry.id(), entry.name(), entry.name(),
                    new Condition.Wording(entry.subject(), "høje", "lave"), indicator.get().source(),
                    indicator.get().sourceTable(), entry.period().start().getYear(), null, false));
            table.replaceAll((code, row) -> {
                double[] longer = Arrays.copyOf(row, row.length + 1);
                longer[row.length] = byCode.get(code);
                return longer;
            });
        }
        return new Table(List.copyOf(conditions), table);
    }

    private static List<Imported> readCatalogue(Resource catalogue) {
        List<Imported> entries = new ArrayList<>();
        try (Reader reader = new InputStreamReader(catalogue.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).get().parse(reader)) {
                entries.add(new Imported(row.get("id"), row.get("name"), row.get("subject"), row.get("indicator"),
                        Period.parse(row.get("period"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }

    /** Great-circle distance between two {longitude, latitude} points. */
    static double kilometres(double[] a, double[] b) {
        double lat1 = Math.toRadians(a[1]);
        double lat2 = Math.toRadians(b[1]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b[0] - a[0]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }
}
