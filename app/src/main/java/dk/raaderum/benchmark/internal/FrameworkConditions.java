package dk.raaderum.benchmark.internal;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.raaderum.benchmark.Condition;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.geography.Municipality;

/**
 * Framework conditions derived from the real data that ships with Råderum, stored with their source and year:
 * population, population density (area from the DAGI boundaries), distance to the nearest of the four largest
 * cities, and region. None is synthetic. More come from imported statistics through {@code benchmark/conditions.csv}.
 */
@Component
class FrameworkConditions {

    private static final int[] LARGE_CITIES = {101, 751, 461, 851}; // København, Aarhus, Odense, Aalborg
    private static final String DST = "Danmarks Statistik, FOLK1A 1. januar 2026";

    static final List<Condition> CONDITIONS = List.of(
            new Condition("befolkning_log", "indbyggertal (logaritme)", "størrelse", DST, 2026, false),
            new Condition("taethed_log", "befolkningstæthed (logaritme af indbyggere pr. km²)", "befolkningstæthed",
                    DST + "; areal fra DAGI (2014)", 2026, false),
            new Condition("afstand_storby_km", "afstand til nærmeste af København, Aarhus, Odense og Aalborg (km)",
                    "afstand til en storby", "DAWA, kommunernes visuelle centre", 2024, false),
            new Condition("region_midtjylland", "ligger i Region Midtjylland", "beliggenhed i Region Midtjylland",
                    "Danmarks Statistik, geografisk hierarki", 2024, false),
            new Condition("region_syddanmark", "ligger i Region Syddanmark", "beliggenhed i Region Syddanmark",
                    "Danmarks Statistik, geografisk hierarki", 2024, false),
            new Condition("region_sjaelland", "ligger i Region Sjælland", "beliggenhed i Region Sjælland",
                    "Danmarks Statistik, geografisk hierarki", 2024, false),
            new Condition("region_nordjylland", "ligger i Region Nordjylland", "beliggenhed i Region Nordjylland",
                    "Danmarks Statistik, geografisk hierarki", 2024, false));

    private final Map<Integer, double[]> values = new LinkedHashMap<>();
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

    FrameworkConditions(Geography geography, JdbcClient jdbc, IndicatorCatalog catalog, IndicatorValues indicatorValues,
            @Value("${raaderum.benchmark.conditions:classpath:benchmark/conditions.csv}") Resource catalogue) {
        this.catalog = catalog;
        this.indicatorValues = indicatorValues;
        this.imported = readCatalogue(catalogue);
        for (Municipality m : geography.municipalities()) {
            double[] point = geography.labelPoint(m.code());
            double nearest = Double.MAX_VALUE;
            for (int city : LARGE_CITIES) {
                nearest = Math.min(nearest, kilometres(point, geography.labelPoint(city)));
            }
            String region = m.region().name();
            double[] row = {Math.log(m.population()), Math.log(m.population() / geography.areaKm2(m.code())), nearest,
                region.endsWith("Midtjylland") ? 1 : 0, region.endsWith("Syddanmark") ? 1 : 0,
                region.endsWith("Sjælland") ? 1 : 0, region.endsWith("Nordjylland") ? 1 : 0};
            values.put(m.code(), row);
            for (int k = 0; k < CONDITIONS.size(); k++) {
                Condition c = CONDITIONS.get(k);
                jdbc.sql("""
                        insert into framework_condition (municipality_code, condition_id, value, source, year, synthetic)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (municipality_code, condition_id) do update set value = excluded.value,
                            source = excluded.source, year = excluded.year, synthetic = excluded.synthetic""")
                        .params(m.code(), c.id(), row[k], c.source(), c.year(), c.synthetic()).update();
            }
        }
    }

    /**
     * The conditions for a model run: the derived ones, plus each catalogued import that has a value for every
     * municipality (read now, so a new import counts at once).
     */
    Table current() {
        List<Condition> conditions = new ArrayList<>(CONDITIONS);
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
            conditions.add(new Condition(entry.id(), entry.name(), entry.subject(), indicator.get().source(),
                    entry.period().start().getYear(), false));
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
