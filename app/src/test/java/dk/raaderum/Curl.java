package dk.raaderum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** curl, a real HTTP client in its own process, for checks from outside the JVM. */
public final class Curl {

    private Curl() {
    }

    public static boolean available() {
        boolean found = Files.isExecutable(Path.of("/usr/bin/curl"));
        if (!found) {
            assertThat(System.getenv("CI")).as("CI must install curl").isNotEqualTo("true");
        }
        return found;
    }

    /** The response's status line and headers, then its body, as curl printed them. */
    public static String run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/curl", "-s", "-S", "-i", "--max-time", "30"));
        command.addAll(List.of(arguments));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
