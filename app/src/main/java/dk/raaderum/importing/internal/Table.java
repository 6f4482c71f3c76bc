package dk.raaderum.importing.internal;

import java.io.IOException;
import java.util.List;

/**
 * A table read from a file: named columns, and rows of text cells with the line each row starts on. The rows can
 * be read more than once and need not all be in memory at once (a large Statistics Denmark export is streamed).
 */
interface Table {

    String fileName();

    List<String> columns();

    /** Calls the visitor for every row, in file order. */
    void rows(RowVisitor visitor) throws IOException;

    record Row(long line, List<String> cells) {
    }

    @FunctionalInterface
    interface RowVisitor {
        void visit(Row row);
    }

    default int column(String name) {
        List<String> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw new InputProblem(fileName(), "kolonnen '" + name + "' findes ikke; kolonnerne er " + String.join(", ", columns));
    }

    /** A table held in memory (small files, such as a saved API response). */
    record InMemory(String fileName, List<String> columns, List<Row> all) implements Table {
        @Override
        public void rows(RowVisitor visitor) {
            all.forEach(visitor::visit);
        }
    }
}
