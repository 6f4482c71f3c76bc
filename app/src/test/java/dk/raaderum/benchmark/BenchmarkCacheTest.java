package dk.raaderum.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.Api;
import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;
import dk.raaderum.importing.IndicatorsImported;
import dk.raaderum.platform.Progress;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark and the catalogue are cached, but never serve a figure older than the data: an import, in this
 * process or written to the database by another one (the command line), is read by the very next request.
 */
@RaaderumIntegrationTest
@RecordApplicationEvents
class BenchmarkCacheTest {

    private static final String SHARE = "kontanthjaelp_pct_befolkning";
    /** The newest month, which the pages show; each test puts the shipped value back. */
    private static final String MONTH = "2026-07";

    @LocalServerPort
    int port;
    @Autowired
    Imports imports;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    CacheManager caches;
    @Autowired
    ApplicationEvents events;
    @TempDir
    Path folder;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private double vejen() {
        return api.json("/api/v1/benchmark?indicator=" + SHARE + "&period=" + MONTH).get("municipalities")
                .valueStream().filter(m -> m.get("municipality").asString().equals("575")).findFirst().orElseThrow()
                .get("actual").asDouble();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void importVejen(String value) throws Exception {
        Path file = folder.resolve("vejen-" + value + ".csv");
        Files.writeString(file, "kommunekode;kommune;jobindsats_tabel;serie;maal;periode;kategori;vaerdi\n"
                + "575;Vejen;y60a02;cashAssistance;populationRate;" + MONTH.replace("-", "M") + ";;" + value + "\n");
        assertThat(imports.jobindsatsExtract(file, "test", Progress.SILENT)).isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void an_import_is_read_by_the_api_and_both_pages_at_once() throws Exception {
        double shipped = vejen();
        page("/benchmark");
        page("/kommune/575/benchmark"); // both warm in the cache now
        try {
            importVejen("7.7");

            assertThat(vejen()).isEqualTo(7.7);
            String national = page("/benchmark");
            var vejenRow = Jsoup.parse(national).select("table#benchmark tbody tr").stream()
                    .filter(r -> r.selectFirst("th").text().equals("Vejen")).findFirst().orElseThrow();
            assertThat(vejenRow.selectFirst("td").text()).isEqualTo("7,7 pct.");
            assertThat(page("/kommune/575/benchmark")).contains("<dd>7,7 pct.</dd>");
        } finally {
            importVejen(Double.toString(shipped));
        }
        assertThat(vejen()).isEqualTo(shipped);
    }

    @Test
    void a_value_written_to_the_database_by_another_process_is_read_at_once() {
        double shipped = vejen();
        try {
            writeAsAnotherProcess(9.9);
            assertThat(vejen()).isEqualTo(9.9);
        } finally {
            writeAsAnotherProcess(shipped);
        }
        assertThat(vejen()).isEqualTo(shipped);
    }

    @Test
    void an_indicator_defined_by_another_process_is_in_the_catalogue_at_once() {
        api.json("/api/v1/indicators"); // the catalogue is cached now
        jdbc.sql("""
                insert into indicator (id, name, unit, source, description, geo_aggregation, time_rollup, published,
                    good_direction)
                values ('test_anden_proces', 'Fra en anden proces', 'PROCENT', 'Danmarks Statistik', 'Test',
                    'NONE', 'AVERAGE_BY_DAYS', true, 'NEUTRAL')""").update();
        importRow(); // a command-line DST import defines its indicator in the transaction of its data_import row

        JsonNode catalogue = api.json("/api/v1/indicators");
        assertThat(catalogue.valueStream().map(i -> i.get("id").asString())).contains("test_anden_proces");
    }

    @Test
    void a_committed_import_publishes_its_indicators_and_empties_the_benchmark_cache_and_a_refused_one_does_neither()
            throws Exception {
        Cache cache = caches.getCache("benchmark");
        double shipped = vejen();
        cache.put("test-markør", "gammel");
        Path broken = folder.resolve("brudt.csv");
        Files.writeString(broken, "kommunekode;kommune;jobindsats_tabel;serie;maal;periode;kategori;vaerdi\n"
                + "575;Vejen;y60a02;cashAssistance;populationRate;2026-juli;;1\n");

        assertThat(imports.jobindsatsExtract(broken, "test", Progress.SILENT)).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(events.stream(IndicatorsImported.class)).isEmpty();
        assertThat(cache.get("test-markør", String.class)).isEqualTo("gammel");

        importVejen(Double.toString(shipped)); // the same value again: a real import, nothing else changes

        assertThat(events.stream(IndicatorsImported.class)).singleElement()
                .satisfies(e -> assertThat(e.indicators()).containsExactly(SHARE));
        assertThat(cache.get("test-markør")).isNull();
        assertThat(vejen()).isEqualTo(shipped);
    }

    /** What a command-line import does in its own transaction: a data_import row and its values. */
    private void writeAsAnotherProcess(double value) {
        transaction.executeWithoutResult(status -> jdbc.sql("""
                update indicator_value set value = :value, import_id = :id
                where indicator_id = :share and area_level = 'KOMMUNE' and area_code = 575
                  and period_type = 'MONTH' and period_start = :month""")
                .param("value", value).param("id", importRow()).param("share", SHARE)
                .param("month", LocalDate.parse(MONTH + "-01")).update());
    }

    private long importRow() {
        return jdbc.sql("""
                insert into data_import (kind, source, file_name, imported_by, value_count, summary)
                values ('test', 'test', 'anden-proces.csv', 'test', 1, 'test') returning id""")
                .query(Long.class).single();
    }
}
