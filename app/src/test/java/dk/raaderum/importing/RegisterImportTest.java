package dk.raaderum.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.AggregateRequest;
import dk.raaderum.register.GenerateRequest;
import dk.raaderum.register.RegisterEngine;
import dk.raaderum.CprShaped;

/** A register imported into the product agrees with the spec's own aggregate of the same file. */
@RaaderumIntegrationTest
class RegisterImportTest {

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
    @Autowired
    MockMvc mvc;
    @TempDir
    Path folder;

    private final RegisterEngine engine = new RegisterEngine();

    /** month -> column total over the spec output's rows for the municipality (0 = all municipalities). */
    private Map<String, Double> specTotals(Path output, int municipality, int column) throws IOException {
        Map<String, Double> totals = new HashMap<>();
        for (String line : Files.readAllLines(output).subList(1, Files.readAllLines(output).size())) {
            String[] f = line.split(";");
            if (municipality == 0 || Integer.parseInt(f[0]) == municipality) {
                totals.merge(f[1], Double.parseDouble(f[column]), Double::sum);
            }
        }
        return totals;
    }

    private Double stored(String id, Area area, String month) {
        Period p = Period.parse(month);
        return values.series(catalog.find(id).orElseThrow(), area, p, p).get(0).value();
    }

    @Test
    void a_new_register_replaces_the_previous_one_entirely() throws IOException {
        Path older = folder.resolve("older.csv");
        Path newer = folder.resolve("newer.csv");
        engine.generate(new GenerateRequest(300, IsoWeek.parse("2019-W01"), IsoWeek.parse("2019-W52"), 1, older), Progress.SILENT);
        engine.generate(new GenerateRequest(300, IsoWeek.parse("2020-W01"), IsoWeek.parse("2020-W52"), 1, newer), Progress.SILENT);
        imports.register(older, 1, "Ældre", "test", Progress.SILENT);
        assertThat(stored("reg_alle_ydelser_fuldtid", Area.DENMARK, "2019-06")).isNotNull();

        imports.register(newer, 1, "Nyere", "test", Progress.SILENT);

        assertThat(stored("reg_alle_ydelser_fuldtid", Area.DENMARK, "2019-06")).isNull();
        assertThat(stored("reg_alle_ydelser_fuldtid", Area.DENMARK, "2020-06")).isNotNull();
    }

    @Test
    void stored_full_time_persons_and_municipal_costs_equal_the_spec_aggregate_of_the_same_register() throws IOException {
        Path register = folder.resolve("register.csv");
        assertThat(engine.generate(new GenerateRequest(800, IsoWeek.parse("2015-W01"), IsoWeek.parse("2016-W52"), 3,
                register), Progress.SILENT)).isNull();
        Path spec = folder.resolve("spec.csv");
        engine.aggregate(new AggregateRequest(register, null, null, spec, null), Progress.SILENT);

        assertThat(imports.register(register, 1, "Testregister", "test", Progress.SILENT))
                .isInstanceOf(ImportOutcome.Imported.class);

        Area copenhagen = geography.municipality(101).orElseThrow().asArea();
        Map<String, Double> fullTime = specTotals(spec, 101, 4);
        Map<String, Double> nationalMunicipal = specTotals(spec, 0, 6);
        int compared = 0;
        for (String month : List.of("2015-02", "2015-06", "2015-11", "2016-03", "2016-08", "2016-11")) {
            Double copenhagenValue = stored("reg_alle_ydelser_fuldtid", copenhagen, month);
            if (copenhagenValue != null) {
                assertThat(copenhagenValue).as(month).isCloseTo(fullTime.get(month), within(1e-9));
                compared++;
            }
            // Burn-in: week 2015-W01 starts on 29 Dec 2014 and 52 weeks later is 28 Dec 2015, so the refusion tier
            // (and with it the municipality's cost) is known from January 2016; before that the cost is not stored.
            Double municipal = stored("reg_alle_ydelser_udgift_kommune", Area.DENMARK, month);
            if (month.startsWith("2015")) {
                assertThat(municipal).as(month + " lies in the burn-in").isNull();
            } else {
                assertThat(municipal).as(month).isCloseTo(nationalMunicipal.get(month), within(1e-6));
            }
        }
        assertThat(stored("reg_alle_ydelser_udgift_kommune", Area.DENMARK, "2015-12")).isNull();
        assertThat(stored("reg_alle_ydelser_udgift_kommune", Area.DENMARK, "2016-01")).isNotNull();
        assertThat(compared).isPositive();
        // the register's last month is only partly covered, so it is not stored
        assertThat(stored("reg_alle_ydelser_fuldtid", Area.DENMARK, "2017-01")).isNull();
    }

    @Test
    void a_register_with_a_cpr_number_is_refused_and_changes_nothing() throws IOException {
        Path register = folder.resolve("cpr.csv");
        String cprShaped = CprShaped.of(12, 12, 12, "", 1212);
        Files.writeString(register, "person_id;week;municipality;benefit\np1;2024-W01;575;SDP\n" + cprShaped
                + ";2024-W02;575;SDP\n");
        long before = jdbc.sql("select count(*) from indicator_value").query(Long.class).single();

        ImportOutcome outcome = imports.register(register, 1, "Testregister", "test", Progress.SILENT);

        assertThat(((ImportOutcome.Rejected) outcome).message()).contains("cpr.csv").contains("linje 3");
        assertThat(jdbc.sql("select count(*) from indicator_value").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_economy_page_shows_costs_by_refusion_tier_and_says_when_the_register_is_synthetic() throws Exception {
        Path register = folder.resolve("synthetic.parquet");
        // two years: the costs by refusion tier start after the first year's burn-in
        engine.generate(new GenerateRequest(1000, IsoWeek.parse("2023-W01"), IsoWeek.parse("2024-W52"), 9, register),
                Progress.SILENT);
        assertThat(imports.register(register, 500, "Syntetisk testregister", "test", Progress.SILENT))
                .isInstanceOf(ImportOutcome.Imported.class);
        mvc.perform(get("/kommune/575/oekonomi")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kommunens udgift efter refusionstrin")))
                .andExpect(content().string(Matchers.containsString("Syntetiske data")))
                .andExpect(content().string(Matchers.containsString("mio. kr.")));
    }
}
