package dk.raaderum.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.importing.Imports;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.GenerateRequest;
import dk.raaderum.register.RegisterEngine;

/**
 * An attacker's subtraction on a real-size register import: with the published municipalities, landsdele, regions,
 * the country, every benefit group and all benefits together, no suppressed cell can be worked out.
 */
@RaaderumIntegrationTest
class RegisterDisclosureTest {

    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Geography geography;
    @TempDir
    Path folder;

    record Cell(String level, int code, String group) {
    }

    @Test
    void no_suppressed_register_cell_can_be_recovered_by_subtracting_published_ones() throws Exception {
        Path register = folder.resolve("register.parquet");
        assertThat(new RegisterEngine().generate(new GenerateRequest(6000, IsoWeek.parse("2024-W01"),
                IsoWeek.parse("2024-W26"), 11, register), Progress.SILENT)).isNull();
        ImportOutcome outcome = imports.register(register, 1, "Testregister (syntetisk)", "test", Progress.SILENT);
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);

        List<String> months = jdbc.sql("select distinct period_start::text from indicator_value where indicator_id = "
                + "'reg_alle_ydelser_fuldtid' and period_type = 'MONTH' order by 1").query(String.class).list();
        assertThat(months).isNotEmpty();
        int hiddenMunicipalCells = 0;
        for (String month : months) {
            Map<Cell, Double> shown = new LinkedHashMap<>();
            Set<Cell> hidden = new java.util.HashSet<>();
            jdbc.sql("""
                    select area_level, area_code, indicator_id, value from indicator_value
                    where indicator_id like 'reg\\_%\\_fuldtid' escape '\\' and indicator_id not like '%trin4%'
                      and period_type = 'MONTH' and period_start = cast(? as date)""").param(month)
                    .query(rs -> {
                        Cell c = new Cell(rs.getString(1), rs.getInt(2), rs.getString(3));
                        Double v = rs.getObject(4, Double.class);
                        if (v == null) {
                            hidden.add(c);
                        } else {
                            shown.put(c, v);
                        }
                    });
            hiddenMunicipalCells += (int) hidden.stream().filter(c -> c.level().equals("KOMMUNE")).count();
            Map<Cell, Double> values = new HashMap<>(shown);
            hidden.forEach(c -> values.put(c, null));
            Map<Cell, Double> recovered = Attacker.recover(values, hidden, sums(values.keySet()));
            assertThat(recovered).as("recoverable in " + month).isEmpty();
        }
        assertThat(hiddenMunicipalCells).as("the register has small cells to protect").isPositive();
    }

    /** The sums a reader knows, written from the geography: landsdel, region and country; all benefits and groups. */
    private List<SmallCells.Relation<Cell>> sums(Set<Cell> cells) {
        List<String> groups = cells.stream().map(Cell::group).distinct().toList();
        String all = "reg_alle_ydelser_fuldtid";
        List<SmallCells.Relation<Cell>> sums = new ArrayList<>();
        Map<Integer, List<Municipality>> byLandsdel = geography.municipalities().stream()
                .collect(Collectors.groupingBy(m -> m.landsdel().code()));
        Map<Integer, Set<Integer>> landsdeleByRegion = geography.municipalities().stream().collect(Collectors.groupingBy(
                m -> m.region().code(), Collectors.mapping(m -> m.landsdel().code(), Collectors.toSet())));
        for (String g : groups) {
            byLandsdel.forEach((landsdel, members) -> sums.add(new SmallCells.Relation<>(new Cell("LANDSDEL", landsdel, g),
                    members.stream().map(m -> new Cell("KOMMUNE", m.code(), g)).toList())));
            landsdeleByRegion.forEach((region, landsdele) -> sums.add(new SmallCells.Relation<>(new Cell("REGION", region, g),
                    landsdele.stream().map(l -> new Cell("LANDSDEL", l, g)).toList())));
            sums.add(new SmallCells.Relation<>(new Cell("LAND", 0, g),
                    landsdeleByRegion.keySet().stream().map(r -> new Cell("REGION", r, g)).toList()));
        }
        for (Cell c : cells) {
            if (c.group().equals(all)) {
                sums.add(new SmallCells.Relation<>(c, groups.stream().filter(g -> !g.equals(all))
                        .map(g -> new Cell(c.level(), c.code(), g)).toList()));
            }
        }
        return sums;
    }
}
