package dk.raaderum.importing;

import dk.raaderum.platform.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;

/** Imports of every supported format, good and broken, on a real PostgreSQL. */
@RaaderumIntegrationTest
class ImportTest {

    private static final String TEST_INDICATOR = "test_import_indikator";

    @Autowired
    Imports imports;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    IndicatorValues values;
    @Autowired
    Geography geography;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    @BeforeEach
    void testIndicator() {
        catalog.define(new Indicator(TEST_INDICATOR, "Testindikator", Unit.ANTAL, "test", null, "Kun til tests.",
                GeoAggregation.SUM, null, null, 1, TimeRollUp.AVERAGE_BY_DAYS, false,
                GoodDirection.NEUTRAL));
    }

    private Path file(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Everything an import could change, condensed; equal fingerprints mean the database is as it was. */
    private String fingerprint() {
        return jdbc.sql("""
                select (select count(*) from indicator_value) || '/' ||
                       (select coalesce(sum(hashtext(indicator_id || area_code || period_start || coalesce(value::text, 'x'))), 0)
                        from indicator_value) || '/' ||
                       (select count(*) from data_import) || '/' || (select count(*) from indicator)""")
                .query(String.class).single();
    }

    private Double value(String indicator, int municipality, Period period) {
        Observation o = values.series(catalog.find(indicator).orElseThrow(),
                geography.municipality(municipality).orElseThrow().asArea(), period, period).get(0);
        return o.value();
    }

    private static String rejection(ImportOutcome outcome) {
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        return ((ImportOutcome.Rejected) outcome).message();
    }

    @Test
    void an_api_v2_response_with_a_byte_order_mark_is_imported() throws IOException {
        Path file = file("y60a02-v2.json", "\uFEFF" + """
                [{"TableID":"y60a02","Variables":[{"Label":"Område"},{"Label":"Periode"},{"Label":"Antal fuldtidspersoner"}],
                  "Data":[["Vejen","2019M01","123"],
                          ["Albertslund Kommune","2019M01","1.234"],
                          ["Hele landet","2019M01",".."]]}]""");

        ImportOutcome outcome = imports.jobindsatsApi(file, Map.of("Antal fuldtidspersoner", TEST_INDICATOR), Map.of(),
                "test", Progress.SILENT);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(value(TEST_INDICATOR, 575, Period.month(2019, 1))).isEqualTo(123.0);
        assertThat(value(TEST_INDICATOR, 165, Period.month(2019, 1))).isEqualTo(1234.0);
        assertThat(((ImportOutcome.Imported) outcome).summary().suppressed()).isEqualTo(1);
    }

    @Test
    void an_api_v3_response_is_imported_with_a_filter_on_its_benefit_dimension() throws IOException {
        Path file = file("y25i01-v3.json", """
                {"columns":["Periode","Område","Ydelsesgruppe","Fuldtidsledige"],
                 "rows":[["2019M02","575","I alt",300],
                         ["2019M02","575","A-dagpenge",200],
                         ["2019M02","Region Syddanmark","I alt",9000]]}""");

        ImportOutcome outcome = imports.jobindsatsApi(file, Map.of("Fuldtidsledige", TEST_INDICATOR),
                Map.of("Ydelsesgruppe", "I alt"), "test", Progress.SILENT);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(value(TEST_INDICATOR, 575, Period.month(2019, 2))).isEqualTo(300.0);
        assertThat(((ImportOutcome.Imported) outcome).summary().skippedRows()).isEqualTo(2);
    }

    @Test
    void a_dimension_left_open_is_refused_because_totals_would_be_added_to_their_parts() throws IOException {
        Path file = file("open-dimension.json", """
                {"columns":["Periode","Område","Ydelsesgruppe","Fuldtidsledige"],
                 "rows":[["2019M02","575","I alt",300],
                         ["2019M02","575","A-dagpenge",200]]}""");
        String before = fingerprint();

        String message = rejection(imports.jobindsatsApi(file, Map.of("Fuldtidsledige", TEST_INDICATOR), Map.of(),
                "test", Progress.SILENT));

        assertThat(message).contains("open-dimension.json").contains("linje 3").contains("Ydelsesgruppe");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_statistics_denmark_export_with_danish_decimals_and_missing_marks_is_imported_and_reimport_replaces() throws IOException {
        Path file = file("folk1a.csv", """
                OMRÅDE;TID;INDHOLD
                Hele landet;2019K1;5.806.081
                Vejen;2019K1;42.693,5
                Læsø;2019K1;..
                Region Syddanmark;2019K1;1.223.634
                """);
        Imports.DstTarget target = new Imports.DstTarget("test_dst_befolkning", "Befolkning (test)", "ANTAL");

        assertThat(imports.statisticsDenmark(file, target, Map.of(), "test", Progress.SILENT))
                .isInstanceOf(ImportOutcome.Imported.class);
        long stored = countOf("test_dst_befolkning");
        assertThat(imports.statisticsDenmark(file, target, Map.of(), "test", Progress.SILENT))
                .isInstanceOf(ImportOutcome.Imported.class);

        assertThat(countOf("test_dst_befolkning")).isEqualTo(stored).isEqualTo(3);
        assertThat(value("test_dst_befolkning", 575, Period.quarter(2019, 1))).isEqualTo(42693.5);
        assertThat(value("test_dst_befolkning", 825, Period.quarter(2019, 1))).isNull();
        assertThat(catalog.find("test_dst_befolkning")).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("Befolkning (test)"));
    }

    @Test
    void a_broken_statistics_denmark_file_names_the_line_and_field_and_changes_nothing() throws IOException {
        Path file = file("broken.csv", """
                OMRÅDE;TID;INDHOLD
                Vejen;2019K1;100
                Vejen;2019K2;ti
                """);
        String before = fingerprint();

        String message = rejection(imports.statisticsDenmark(file,
                new Imports.DstTarget("test_dst_broken", "Brudt", "ANTAL"), Map.of(), "test", Progress.SILENT));

        assertThat(message).contains("broken.csv").contains("linje 3").contains("INDHOLD").contains("'ti'");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(catalog.find("test_dst_broken")).isEmpty();
    }

    @Test
    void a_broken_extract_names_the_line_and_leaves_the_database_exactly_as_it_was() throws IOException {
        Path file = file("extract.csv", """
                kommunekode;kommune;jobindsats_tabel;serie;maal;periode;kategori;vaerdi
                165;Albertslund;y25i01;unemployment;total;2021M08;;999
                165;Albertslund;y25i01;unemployment;total;2021-august;;656
                """);
        String before = fingerprint();
        Double albertslund = value("ledige_fuldtid", 165, Period.month(2021, 8));

        String message = rejection(imports.jobindsatsExtract(file, "test", Progress.SILENT));

        assertThat(message).contains("extract.csv").contains("linje 3").contains("periode");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(value("ledige_fuldtid", 165, Period.month(2021, 8))).isEqualTo(albertslund);
    }

    @Test
    void an_unknown_area_and_invalid_json_are_refused_with_their_line() throws IOException {
        Path unknownArea = file("unknown.json", """
                {"columns":["Periode","Område","Antal"],
                 "rows":[["2019M01","Vejen",1],
                         ["2019M01","Atlantis",2]]}""");
        Path invalid = file("invalid.json", "{\"columns\":[\"Periode\",\n\"Område\"");
        String before = fingerprint();

        assertThat(rejection(imports.jobindsatsApi(unknownArea, Map.of("Antal", TEST_INDICATOR), Map.of(), "test",
                Progress.SILENT))).contains("linje 3").contains("Atlantis");
        assertThat(rejection(imports.jobindsatsApi(invalid, Map.of("Antal", TEST_INDICATOR), Map.of(), "test",
                Progress.SILENT))).contains("invalid.json").contains("linje 2");
        assertThat(rejection(imports.jobindsatsApi(folder.resolve("missing.json"), Map.of("Antal", TEST_INDICATOR),
                Map.of(), "test", Progress.SILENT))).contains("findes ikke");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void reimporting_the_shipped_extract_changes_no_value() {
        String before = jdbc.sql("select count(*) || '/' || sum(hashtext(indicator_id || area_code || period_start || "
                + "coalesce(value::text, 'x'))) from indicator_value where indicator_id not like 'test%'")
                .query(String.class).single();

        assertThat(imports.shippedJobindsatsExtract("test", Progress.SILENT)).isInstanceOf(ImportOutcome.Imported.class);

        String after = jdbc.sql("select count(*) || '/' || sum(hashtext(indicator_id || area_code || period_start || "
                + "coalesce(value::text, 'x'))) from indicator_value where indicator_id not like 'test%'")
                .query(String.class).single();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void no_corrupted_import_file_ends_in_an_exception() throws IOException {
        String dst = "OMRÅDE;TID;INDHOLD\nVejen;2017K1;1.234,5\nAarhus;2017K2;..\nHele landet;2017K3;99\n";
        String v3 = "{\"columns\":[\"Periode\",\"Område\",\"Antal\"],\"rows\":[[\"2017M01\",\"Vejen\",1],[\"2017M02\",\"575\",\"2,5\"]]}";
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 150; i++) {
            Path csv = folder.resolve("fuzz" + i + ".csv");
            Files.write(csv, dk.raaderum.register.RegisterFuzzTest.mutate(dst.getBytes(StandardCharsets.UTF_8), random));
            Path json = folder.resolve("fuzz" + i + ".json");
            Files.write(json, dk.raaderum.register.RegisterFuzzTest.mutate(v3.getBytes(StandardCharsets.UTF_8), random));
            for (ImportOutcome outcome : java.util.List.of(
                    imports.statisticsDenmark(csv, new Imports.DstTarget(TEST_INDICATOR, null, null), Map.of(), "fuzz",
                            Progress.SILENT),
                    imports.jobindsatsApi(json, Map.of("Antal", TEST_INDICATOR), Map.of(), "fuzz", Progress.SILENT))) {
                if (outcome instanceof ImportOutcome.Rejected rejected) {
                    assertThat(rejected.message()).as("case %d", i).isNotBlank().doesNotContain("Exception");
                }
            }
        }
    }

    private long countOf(String indicator) {
        return jdbc.sql("select count(*) from indicator_value where indicator_id = ?").param(indicator)
                .query(Long.class).single();
    }
}
