package dk.raaderum.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.platform.Progress;

class SyntheticRegisterTest {

    @TempDir
    Path folder;

    private final RegisterEngine engine = new RegisterEngine();

    private Path generate(String name, int persons, String from, String to, long seed) {
        Path out = folder.resolve(name);
        assertThat(engine.generate(new GenerateRequest(persons, IsoWeek.parse(from), IsoWeek.parse(to), seed, out),
                Progress.SILENT)).isNull();
        return out;
    }

    @Test
    void the_same_arguments_give_the_same_bytes_and_another_seed_other_bytes() throws IOException {
        byte[] first = Files.readAllBytes(generate("a.csv", 1000, "2023-W01", "2025-W52", 7));
        byte[] again = Files.readAllBytes(generate("b.csv", 1000, "2023-W01", "2025-W52", 7));
        byte[] other = Files.readAllBytes(generate("c.csv", 1000, "2023-W01", "2025-W52", 8));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void parquet_output_is_also_the_same_for_the_same_arguments() throws IOException {
        byte[] first = Files.readAllBytes(generate("a.parquet", 500, "2024-W01", "2024-W52", 3));
        byte[] again = Files.readAllBytes(generate("b.parquet", 500, "2024-W01", "2024-W52", 3));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void a_generated_register_passes_every_check_of_the_aggregate_command() {
        Path register = generate("valid.csv", 2000, "2020-W01", "2021-W10", 11); // 2020 has week 53
        RegisterOutcome outcome = engine.aggregate(new AggregateRequest(register, null, null, folder.resolve("out.csv"),
                null), Progress.SILENT);
        assertThat(outcome).isInstanceOf(RegisterOutcome.Aggregated.class);
    }

    @Test
    void national_levels_of_dagpenge_and_kontanthjaelp_match_the_calibration_targets() throws IOException {
        int persons = 20_000;
        int weeks = 104;
        Path register = generate("levels.csv", persons, "2024-W01", "2025-W52", 5);
        Map<String, Long> personWeeks = new HashMap<>();
        try (var lines = Files.lines(register)) {
            lines.skip(1).forEach(l -> personWeeks.merge(l.split(";")[3], 1L, Long::sum));
        }
        double all = (double) persons * weeks;
        double dagpenge = personWeeks.getOrDefault("ADP", 0L) / all;
        double kontanthjaelp = (personWeeks.getOrDefault("KTH-J", 0L) + personWeeks.getOrDefault("KTH-A", 0L)) / all;
        // Jobindsats, Aug 2025 – Jul 2026: about 2 % of the 16-66-year-olds are unemployed on dagpenge and
        // 2-2.5 % on kontanthjælp (full-time persons); the synthetic persons should land near that
        assertThat(dagpenge).isBetween(0.015, 0.03);
        assertThat(kontanthjaelp).isBetween(0.017, 0.032);
        // long-term groups are present in plausible sizes
        assertThat(personWeeks.getOrDefault("FTP", 0L) / all).isBetween(0.03, 0.07);
        assertThat(personWeeks.getOrDefault("FLX", 0L) / all).isBetween(0.012, 0.035);
        assertThat(personWeeks.keySet()).containsAll(List.of("SDP", "JAF", "RFL", "LHY", "UDH-U", "SHO", "LTS"));
    }
}
