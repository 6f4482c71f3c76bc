package dk.raaderum.company;

import java.util.Arrays;
import java.util.Optional;

/** How the jobcentre was in contact with a company. */
public enum ContactKind {
    BESOEG("Besøg"),
    MOEDE("Møde"),
    TELEFON("Telefon"),
    MAIL("Mail");

    private final String danish;

    ContactKind(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public static Optional<ContactKind> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t) || k.danish.equalsIgnoreCase(t))
                .findFirst();
    }
}
