package dk.raaderum.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 98 kommunekoder a register row may carry (spec § 1), for code that runs without the application's
 * reference data (the Spark job). The application's geography holds the same codes with names and populations.
 */
public final class MunicipalityCodes {

    private MunicipalityCodes() {
    }

    public static Set<Integer> all() {
        Set<Integer> codes = new TreeSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MunicipalityCodes.class.getResourceAsStream("municipality-codes.txt"), StandardCharsets.UTF_8))) {
            in.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(l -> codes.add(Integer.parseInt(l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
