package dk.raaderum.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.Progress;

/**
 * An import whose write fails in the database after part of it is written (a constraint violated by the last
 * row, on the real PostgreSQL) leaves nothing behind: no values, no replaced values, no import row.
 */
@RaaderumIntegrationTest
class ImportAtomicityTest {

    private static final String INDICATOR = "test_atomar_indikator";
    /** A check only this test's indicator can break: the value 666 is refused. */
    private static final String CONSTRAINT = "test_atomar_afviser_666";

    @Autowired
    Imports imports;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    /** The schema owner's login (the migrations'); the application's own login may not alter tables. */
    @Autowired
    @FlywayDataSource
    DataSource owner;
    @TempDir
    Path folder;

    @BeforeEach
    void indicator() {
        catalog.define(new Indicator(INDICATOR, "Atomar testindikator", Unit.ANTAL, "test", null, "Kun til tests.",
                GeoAggregation.SUM, null, null, 1, TimeRollUp.AVERAGE_BY_DAYS, false, GoodDirection.NEUTRAL));
    }

    @AfterEach
    void dropConstraint() {
        JdbcClient.create(owner).sql("alter table indicator_value drop constraint if exists " + CONSTRAINT).update();
    }

    private ImportOutcome importRows(String name, String rows) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "{\"columns\":[\"Periode\",\"Område\",\"Antal\"],\"rows\":[" + rows + "]}",
                StandardCharsets.UTF_8);
        return imports.jobindsatsApi(file, Map.of("Antal", INDICATOR), Map.of(), "test", Progress.SILENT);
    }

    private List<String> storedValues() {
        return jdbc.sql("""
                select area_code || ' ' || period_start || ' ' || value from indicator_value
                where indicator_id = ? order by area_code, period_start""").param(INDICATOR).query(String.class).list();
    }

    private long importRowsNamed(String fileName) {
        return jdbc.sql("select count(*) from data_import where file_name = ?").param(fileName).query(Long.class)
                .single();
    }

    @Test
    void a_write_that_fails_on_the_last_row_leaves_the_earlier_rows_and_the_old_values_untouched() throws IOException {
        assertThat(importRows("foerste.json", """
                ["2019M01","575",1],["2019M02","575",2],["2019M03","575",3]""")).isInstanceOf(ImportOutcome.Imported.class);
        List<String> before = storedValues();
        assertThat(before).containsExactly("575 2019-01-01 1", "575 2019-02-01 2", "575 2019-03-01 3");
        JdbcClient.create(owner).sql("alter table indicator_value add constraint " + CONSTRAINT
                + " check (indicator_id <> '" + INDICATOR + "' or value is distinct from 666) not valid").update();

        // the file itself is valid: every row passes the checks before writing, the database refuses the last one
        assertThatThrownBy(() -> importRows("anden.json", """
                ["2019M01","575",10],["2019M02","575",20],["2019M04","575",40],["2019M05","575",666]"""))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(storedValues()).isEqualTo(before);
        assertThat(importRowsNamed("anden.json")).isZero();
        assertThat(importRowsNamed("foerste.json")).isEqualTo(1);
    }
}
