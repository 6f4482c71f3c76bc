package dk.raaderum.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.raaderum.platform.Progress;

/**
 * Mutation fuzzing of the register reader: a valid register is corrupted at random (bytes flipped,
 * inserted, deleted, lines cut or duplicated, separators swapped) and each result must be either a clean
 * aggregate or a rejection with a message, never an exception, and never a partial output file.
 */
public class RegisterFuzzTest {

    private static final String VALID = """
            person_id;week;municipality;benefit;amount
            a1;2020-W52;101;SDP;
            a1;2020-W53;101;SDP;2500.5
            a1;2021-W01;147;KTH-A;
            a1;2021-W01;147;OTH;
            b2;2024-W05;575;ADP;
            b2;2024-W06;575;LTS;0
            c3;2023-W10;751;FTP;
            """;

    @TempDir
    Path folder;

    @Test
    void no_corrupted_register_ends_in_an_exception_or_a_partial_file() throws IOException {
        SplittableRandom random = new SplittableRandom(20261122);
        RegisterEngine engine = new RegisterEngine();
        int rejected = 0;
        for (int i = 0; i < 300; i++) {
            Path input = folder.resolve("fuzz" + i + ".csv");
            Files.write(input, mutate(VALID.getBytes(StandardCharsets.UTF_8), random));
            Path output = folder.resolve("out" + i + ".csv");
            RegisterOutcome outcome = engine.aggregate(new AggregateRequest(input, null, null, output,
                    folder.resolve("detail" + i + ".csv")), Progress.SILENT);
            if (outcome instanceof RegisterOutcome.Rejected r) {
                rejected++;
                assertThat(r.message()).as("case %d", i).isNotBlank().doesNotContain("Exception");
                assertThat(output).as("case %d", i).doesNotExist();
            } else {
                assertThat(output).as("case %d", i).exists();
            }
        }
        assertThat(rejected).isGreaterThan(50);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    public static byte[] mutate(byte[] valid, SplittableRandom random) {
        byte[] data = valid.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && data.length > 0; e++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(6)) {
                case 0 -> data[at] = (byte) random.nextInt(256);                       // flip a byte
                case 1 -> data = splice(data, at, new byte[] {(byte) ";\n-9W0 ".charAt(random.nextInt(6))}, 0);
                case 2 -> data = splice(data, at, new byte[0], Math.min(1 + random.nextInt(8), data.length - at));
                case 3 -> data = java.util.Arrays.copyOf(data, at);                     // cut the file short
                case 4 -> data = splice(data, at, java.util.Arrays.copyOfRange(data, 0, Math.min(40, data.length)), 0);
                default -> data = new String(data, StandardCharsets.ISO_8859_1).replace(';', ',')
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return data;
    }

    private static byte[] splice(byte[] data, int at, byte[] insert, int remove) {
        byte[] result = new byte[data.length - remove + insert.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(data, at + remove, result, at + insert.length, data.length - at - remove);
        return result;
    }
}
