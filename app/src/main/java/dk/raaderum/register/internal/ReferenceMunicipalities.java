package dk.raaderum.register.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 98 municipality codes and populations from the shipped reference data, read without Spring so the
 * register commands start fast.
 */
final class ReferenceMunicipalities {

    private ReferenceMunicipalities() {
    }

    /** Code → population on 1 January 2026, in code order. */
    static Map<Integer, Integer> populations() {
        Map<Integer, Integer> populations = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ReferenceMunicipalities.class.getClassLoader().getResourceAsStream("reference/folketal_2026.csv"),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split(",");
                populations.put(Integer.parseInt(fields[0]), Integer.parseInt(fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return populations;
    }
}
