package dk.raaderum.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not one of the 100,000 most common
 * passwords (the list that ships with the nbvcxz library), not built on the user name or the product's name, and
 * not one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();
    private static final String[] LOCAL_WORDS = {"raaderum", "råderum", "jobcenter", "kommune", "password", "kodeord",
        "adgangskode"};

    private PasswordPolicy() {
    }

    /** Why the password is not good enough, in Danish; empty when it is. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Adgangskoden skal være mindst " + MIN_LENGTH + " tegn lang");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("Adgangskoden er blandt de mest almindelige og gættes let; vælg en anden");
        }
        if (lower.chars().distinct().count() == 1) {
            return Optional.of("Adgangskoden må ikke være det samme tegn gentaget");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Adgangskoden må ikke indeholde brugernavnet");
        }
        for (String word : LOCAL_WORDS) {
            if (lower.replaceAll("[^a-zæøå]", "").equals(word) || lower.startsWith(word) && lower.length() - word.length() < 6) {
                return Optional.of("Adgangskoden bygger på et ord, der let gættes ('" + word + "'); vælg en anden");
            }
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/dictionaries/passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("Listen over almindelige adgangskoder (nbvcxz) mangler på classpath");
            }
            Set<String> words = new HashSet<>(150_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        words.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
