package dk.raaderum.company;

import java.util.Optional;

/**
 * A Danish CVR number: eight digits, the first not 0, whose digits weighted 2, 7, 6, 5, 4, 3, 2, 1 sum to a multiple
 * of 11 (the modulus-11 check of the Central Business Register).
 */
public final class Cvr {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private Cvr() {
    }

    public static boolean valid(String text) {
        return problem(text).isEmpty();
    }

    /** Why the text is not a CVR number, in Danish; empty when it is. */
    public static Optional<String> problem(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{8}")) {
            return Optional.of("CVR-nummeret skal være 8 cifre");
        }
        if (t.charAt(0) == '0') {
            return Optional.of("CVR-nummeret kan ikke begynde med 0");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (t.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0 ? Optional.empty()
                : Optional.of("CVR-nummeret består ikke kontrollen (modulus 11); tjek for en tastefejl");
    }
}
