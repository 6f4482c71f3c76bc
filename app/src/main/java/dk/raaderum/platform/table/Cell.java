package dk.raaderum.platform.table;

/** One cell of a {@link DataTable}: text, a figure with its quantity, a withheld figure, or a link. */
public sealed interface Cell {

    /** What the reader sees. */
    String text();

    static Cell text(String text) {
        return new Text(text == null ? "" : text);
    }

    static Cell figure(Double value, Quantity quantity) {
        return new Figure(value, quantity);
    }

    /**
     * A figure withheld because it rests on fewer than five persons, or because a withheld one could be worked out
     * from it: shown as "undertrykt" (the same word for both, so the reader cannot tell which), never as 0.
     */
    static Cell suppressed() {
        return new Suppressed(SUPPRESSED);
    }

    /** What a withheld figure says. */
    String SUPPRESSED = "undertrykt";

    static Cell link(String text, String href) {
        return new Link(text, href);
    }

    record Text(String text) implements Cell {
    }

    /** A number; {@code value} is null when it is missing or suppressed, and then shown as "ingen data". */
    record Figure(Double value, Quantity quantity) implements Cell {
        @Override
        public String text() {
            return quantity.text(value);
        }
    }

    record Link(String text, String href) implements Cell {
    }

    /** A figure that is withheld (small-cell suppression); it stands in a column of figures. */
    record Suppressed(String text) implements Cell {
    }
}
