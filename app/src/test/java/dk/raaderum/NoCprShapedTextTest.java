package dk.raaderum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.raaderum.engine.CprShape;

/**
 * No source, resource or document of the project holds text the application's own detector takes for a CPR number:
 * test data uses pseudonyms, and a CPR-shaped value a test needs is built at run time ({@link CprShaped}).
 */
class NoCprShapedTextTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void no_file_of_the_project_holds_a_cpr_shaped_text() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> places = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("docs"), ROOT.resolve("bench")));
        for (String module : List.of("app", "engine", "spark")) {
            places.add(ROOT.resolve(module).resolve("src"));
        }
        for (Path place : places) {
            if (!Files.exists(place)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(place)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    scan(file, found);
                }
            }
        }
        assertThat(found).as("CPR-shaped text (shown masked)").isEmpty();
    }

    private static void scan(Path file, List<String> found) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (MalformedInputException binary) {
            return; // images, fonts: no text
        }
        for (int i = 0; i < lines.size(); i++) {
            if (CprShape.containsCpr(lines.get(i))) {
                found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + CprShape.shown(lines.get(i)));
            }
        }
    }
}
