package dk.raaderum.dialogue.internal;

/** The report's sentence about the quarter's dialogue meetings. */
final class DialogueSummary {

    private DialogueSummary() {
    }

    static String meetings(int count, String quarter) {
        return switch (count) {
            case 0 -> "Udvalget har ikke registreret dialogmøder i " + quarter + ".";
            case 1 -> "Udvalget holdt ét dialogmøde i " + quarter + "; temaer og det, udvalget tog med sig, står "
                    + "i tabellen.";
            default -> "Udvalget holdt " + count + " dialogmøder i " + quarter + "; temaer og det, udvalget tog med "
                    + "sig, står i tabellen.";
        };
    }
}
