package dk.raaderum.geography.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the shipped master data (DST's hierarchy and the population on 1 January 2026) into the
 * database. Idempotent: every start brings the tables in line with the shipped files.
 */
@Component
class MasterDataLoader {

    private static final LocalDate POPULATION_DATE = LocalDate.of(2026, 1, 1);
    private static final int CHRISTIANSOE = 411; // administered by the state, not a municipality

    private final JdbcClient jdbc;

    MasterDataLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void load() {
        Map<Integer, Integer> population = readPopulation();
        int region = 0;
        int landsdel = 0;
        for (CSVRecord row : read("reference/dst_geografisk_hierarki.csv", ';')) {
            int code = Integer.parseInt(row.get("KODE"));
            String name = row.get("TITEL");
            switch (row.get("NIVEAU")) {
                case "1" -> {
                    region = code;
                    jdbc.sql("insert into region (code, name) values (?, ?) on conflict (code) do update set name = excluded.name")
                            .params(code, name).update();
                }
                case "2" -> {
                    landsdel = code;
                    jdbc.sql("""
                            insert into landsdel (code, name, region_code) values (?, ?, ?)
                            on conflict (code) do update set name = excluded.name, region_code = excluded.region_code""")
                            .params(code, name, region).update();
                }
                default -> {
                    if (code == CHRISTIANSOE) {
                        continue;
                    }
                    Integer people = population.get(code);
                    if (people == null) {
                        throw new IllegalStateException("Ingen befolkningstal for kommune " + code);
                    }
                    jdbc.sql("""
                            insert into municipality (code, name, landsdel_code, region_code, population, population_date)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (code) do update set name = excluded.name, landsdel_code = excluded.landsdel_code,
                                region_code = excluded.region_code, population = excluded.population,
                                population_date = excluded.population_date""")
                            .params(code, name, landsdel, region, people, POPULATION_DATE).update();
                }
            }
        }
    }

    private Map<Integer, Integer> readPopulation() {
        Map<Integer, Integer> population = new HashMap<>();
        for (CSVRecord row : read("reference/folketal_2026.csv", ',')) {
            population.put(Integer.parseInt(row.get("kommune_kode")), Integer.parseInt(row.get("folketal")));
        }
        return population;
    }

    private static Iterable<CSVRecord> read(String resource, char delimiter) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
