package dk.raaderum.partnership.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Single-use answer codes: 16 characters of Crockford's base32 from {@link SecureRandom} (80 bits, so guessing one
 * is hopeless), written without letters that look alike. Only the code's SHA-256 is stored.
 */
final class InvitationCodes {

    static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    static String make() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, read kindly (case, spaces and dashes ignored; O read as 0, I and L as 1); empty if not a code. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    static byte[] hash(String normalised) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 mangler i Java", e);
        }
    }

    /** "ABCD EFGH JKMN PQRS" for the printed sheet. */
    static String grouped(String code) {
        return code.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
