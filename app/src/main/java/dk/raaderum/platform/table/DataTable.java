package dk.raaderum.platform.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the reader sees it, and as it downloads: the page renders it with {@code fragments/table}, and
 * {@code ?eksport=csv|xlsx&tabel=ID} on the page's own address writes the same rows (CSV with the text as shown;
 * .xlsx with every figure as its exact number in a format that shows it the same way). The first column heads its row.
 *
 * @param source where the figures come from and how fresh they are (the figcaption under the table), or null
 */
public record DataTable(String id, String caption, List<String> header, List<List<Cell>> rows, String source) {

    public DataTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("Tabellen " + id + " har en række med " + row.size() + " celler, men "
                        + header.size() + " kolonner");
            }
        }
    }

    /** Whether the column holds figures (right-aligned, numbers in the spreadsheet). */
    public boolean numeric(int column) {
        return !rows.isEmpty() && rows.stream()
                .allMatch(r -> r.get(column) instanceof Cell.Figure || r.get(column) instanceof Cell.Suppressed);
    }

    public static Builder builder(String id, String caption, String... header) {
        return new Builder(id, caption, List.of(header));
    }

    /** Adds rows one at a time. */
    public static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> header;
        private final List<List<Cell>> rows = new ArrayList<>();
        private String source;

        private Builder(String id, String caption, List<String> header) {
            this.id = id;
            this.caption = caption;
            this.header = header;
        }

        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        public Builder source(String text) {
            this.source = text;
            return this;
        }

        public DataTable build() {
            return new DataTable(id, caption, header, rows, source);
        }
    }
}
