package dk.raaderum.benchmark.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.raaderum.benchmark.Condition;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;

/**
 * Framework conditions derived from the real data that ships with Råderum, stored with their source and year:
 * population, population density (area from the DAGI boundaries), distance to the nearest of the four largest
 * cities, and region. None is synthetic.
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

    FrameworkConditions(Geography geography, JdbcClient jdbc) {
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

    List<Condition> conditions() {
        return CONDITIONS;
    }

    /** The municipality's conditions in the order of {@link #conditions()}. */
    double[] of(int municipality) {
        return values.get(municipality).clone();
    }

    List<Integer> municipalities() {
        return new ArrayList<>(values.keySet());
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
