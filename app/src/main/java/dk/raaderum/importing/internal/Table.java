package dk.raaderum.importing.internal;

import java.util.List;

/** A table read from a file: named columns, and rows of text cells with the line each row starts on. */
record Table(String fileName, List<String> columns, List<Row> rows) {

    record Row(long line, List<String> cells) {
    }

    int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw new InputProblem(fileName, "kolonnen '" + name + "' findes ikke; kolonnerne er " + String.join(", ", columns));
    }
}
