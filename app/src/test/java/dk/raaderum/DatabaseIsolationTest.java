package dk.raaderum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;
import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.Progress;

/**
 * Two test classes in a fixed order: the first changes values, imports, the catalogue, the audit trail and fills the
 * caches; the second finds the database and what the application reads from it as they were after the start.
 */
@RaaderumIntegrationTest
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class DatabaseIsolationTest {

    private static final String DEFINED_BY_THE_FIRST = "test_isolation_indikator";
    /** A count that ships with the data; the tests write a value far before its first month. */
    private static final String SHIPPED = "langtidsledige";

    /** The database after the start, counted before either class runs. */
    static Map<String, Object> atStart;
    static long firstClassImportId;

    @Autowired
    Imports imports;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void countAtStart(@Autowired JdbcClient jdbc) {
        atStart = counts(jdbc);
    }

    static Map<String, Object> counts(JdbcClient jdbc) {
        return jdbc.sql("""
                select (select count(*) from data_import) as imports, (select max(id) from data_import) as last_import,
                       (select count(*) from indicator_value) as "values", (select count(*) from indicator) as indicators,
                       (select count(*) from audit_event) as audit, (select max(id) from audit_event) as last_audit
                """).query().singleRow();
    }

    static ImportOutcome importOne(Imports imports, Path folder, String indicator, int value) throws IOException {
        Path file = folder.resolve("isolation.json");
        Files.writeString(file, "{\"columns\":[\"Periode\",\"Område\",\"Antal\"],\"rows\":[[\"1990M01\",\"575\","
                + value + "]]}", StandardCharsets.UTF_8);
        return imports.jobindsatsApi(file, Map.of("Antal", indicator), Map.of(), "test", Progress.SILENT);
    }

    static List<Double> valuesIn1990(JdbcClient jdbc, String indicator) {
        return jdbc.sql("select value from indicator_value where indicator_id = ? and period_start = '1990-01-01'")
                .param(indicator).query(Double.class).list();
    }

    @Nested
    @Order(1)
    class AClassThatChangesTheData {

        @TempDir
        Path folder;

        @Test
        void imports_defines_an_indicator_writes_the_audit_trail_and_reads_them_through_the_caches() throws IOException {
            assertThat(catalog.find(SHIPPED)).isPresent();
            catalog.define(new Indicator(DEFINED_BY_THE_FIRST, "Isolationstest", Unit.ANTAL, "test", null,
                    "Kun til tests.", GeoAggregation.SUM, null, null, 1, TimeRollUp.AVERAGE_BY_DAYS, false,
                    GoodDirection.NEUTRAL));
            assertThat(importOne(imports, folder, DEFINED_BY_THE_FIRST, 7)).isInstanceOf(ImportOutcome.Imported.class);
            jdbc.sql("insert into audit_event (username, action, target, outcome) values ('test', 'TEST', 'isolation', 'OK')")
                    .update();

            assertThat(catalog.find(DEFINED_BY_THE_FIRST)).isPresent(); // now cached under the new data version
            assertThat(valuesIn1990(jdbc, DEFINED_BY_THE_FIRST)).containsExactly(7.0);
            Map<String, Object> now = counts(jdbc);
            assertThat(now.get("imports")).isEqualTo((long) atStart.get("imports") + 1);
            assertThat(now.get("audit")).isNotEqualTo(atStart.get("audit"));
            firstClassImportId = (long) now.get("last_import");
        }
    }

    @Nested
    @Order(2)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class TheClassAfterIt {

        @TempDir
        Path folder;

        @Test
        @Order(1)
        void finds_the_tables_the_audit_trail_and_the_sequences_as_they_were_after_the_start() {
            assertThat(firstClassImportId).as("the first class ran").isPositive();
            assertThat(counts(jdbc)).isEqualTo(atStart);
            assertThat(valuesIn1990(jdbc, DEFINED_BY_THE_FIRST)).isEmpty();
            assertThat(catalog.find(DEFINED_BY_THE_FIRST)).isEmpty();
        }

        @Test
        @Order(2)
        void its_own_import_gets_the_first_class_s_data_version_again_and_no_cache_serves_the_first_class_s_data()
                throws IOException {
            assertThat(importOne(imports, folder, SHIPPED, 8)).isInstanceOf(ImportOutcome.Imported.class);

            // the same stamp as the first class's import (count and id): a cache keyed on it alone would be stale
            assertThat(counts(jdbc).get("last_import")).isEqualTo(firstClassImportId);
            assertThat(catalog.find(DEFINED_BY_THE_FIRST)).isEmpty();
            assertThat(valuesIn1990(jdbc, SHIPPED)).containsExactly(8.0);
        }
    }
}
