package dk.raaderum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.RaaderumIntegrationTest;
import dk.raaderum.engine.GroupFiguresFile;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.FiguresOutcome;
import dk.raaderum.register.GenerateRequest;
import dk.raaderum.register.RegisterEngine;

/**
 * A faulty group figures file (the Spark job's {@code --figures} output, see {@code SparkPathTest} for a good one) is
 * refused with its file, line and field, and changes nothing: the register figures stored before stay as they were.
 */
@RaaderumIntegrationTest
class RegisterFiguresImportTest {

    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    private List<Map<String, Object>> everythingImported() {
        return jdbc.sql("""
                select v.indicator_id, v.area_level, v.area_code, v.period_type, v.period_start, v.value, v.import_id
                from indicator_value v where v.indicator_id like 'reg\\_%'
                order by 1, 2, 3, 4, 5""").query().listOfRows();
    }

    private long imports() {
        return jdbc.sql("select count(*) from data_import").query(Long.class).single();
    }

    @Test
    void a_figures_file_with_a_bad_field_is_refused_by_file_line_and_field_and_changes_nothing() throws IOException {
        RegisterEngine engine = new RegisterEngine();
        Path register = folder.resolve("register.csv");
        engine.generate(new GenerateRequest(400, IsoWeek.parse("2022-W01"), IsoWeek.parse("2023-W10"), 5, register),
                Progress.SILENT);
        FiguresOutcome.Figures figures = (FiguresOutcome.Figures) engine.figures(register, Progress.SILENT);
        Path good = folder.resolve("gruppetal.csv");
        try (BufferedWriter out = Files.newBufferedWriter(good, StandardCharsets.UTF_8)) {
            GroupFiguresFile.write(out, figures.firstWeek(), figures.lastWeek(), figures.figures());
        }
        assertThat(imports.registerFigures(good, 1, "Testregister", "test", Progress.SILENT))
                .isInstanceOf(ImportOutcome.Imported.class);
        List<Map<String, Object>> before = everythingImported();
        long importsBefore = imports();
        assertThat(before).isNotEmpty();

        List<String> lines = Files.readAllLines(good);
        String[] row = lines.get(6).split(";", -1);
        record Fault(String description, List<String> file, String expected) {
        }
        List<Fault> faults = new ArrayList<>();
        faults.add(new Fault("a count that is not a number", replaced(lines, 6, row, 4, "mange"),
                "fejl.csv, linje 7, felt 'persons'"));
        faults.add(new Fault("an unknown group", replaced(lines, 6, row, 2, "Lommepenge"),
                "fejl.csv, linje 7, felt 'group'"));
        faults.add(new Fault("a month after the register's weeks", replaced(lines, 6, row, 1, "2023-04"),
                "fejl.csv, linje 7, felt 'month'"));
        List<String> missingColumn = new ArrayList<>(lines);
        missingColumn.set(1, lines.get(1).replace(";gross_dkk", ""));
        faults.add(new Fault("a missing column", missingColumn, "fejl.csv, linje 2, felt 'gross_dkk': kolonnen mangler"));
        List<String> otherHeader = new ArrayList<>(lines);
        otherHeader.set(0, "municipality;month;benefit;person_weeks");
        faults.add(new Fault("the monthly aggregate instead of figures", otherHeader, "fejl.csv, linje 1: "));
        Path bad = folder.resolve("fejl.csv");
        for (Fault fault : faults) {
            Files.write(bad, fault.file(), StandardCharsets.UTF_8);

            ImportOutcome outcome = imports.registerFigures(bad, 1, "Testregister", "test", Progress.SILENT);

            assertThat(outcome).as(fault.description()).isInstanceOf(ImportOutcome.Rejected.class);
            assertThat(((ImportOutcome.Rejected) outcome).message()).as(fault.description()).contains(fault.expected());
            assertThat(everythingImported()).as(fault.description()).isEqualTo(before);
            assertThat(imports()).as(fault.description()).isEqualTo(importsBefore);
        }
        assertThat(((ImportOutcome.Rejected) imports.registerFigures(good, 0, "Testregister", "test", Progress.SILENT))
                .message()).contains("vægten");
        assertThat(everythingImported()).isEqualTo(before);
    }

    private static List<String> replaced(List<String> lines, int line, String[] row, int field, String value) {
        String[] changed = row.clone();
        changed[field] = value;
        List<String> copy = new ArrayList<>(lines);
        copy.set(line, String.join(";", changed));
        return copy;
    }
}
