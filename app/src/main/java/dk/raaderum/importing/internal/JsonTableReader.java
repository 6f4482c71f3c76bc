package dk.raaderum.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a response saved from the Jobindsats API: v2 is {@code [{"Variables":[…],"Data":[[…],…]}]},
 * v3 is {@code {"columns":[…],"rows":[[…],…]}}. A leading byte-order mark is allowed.
 * Rows keep the line they start on, so errors can point at it.
 */
@Component
class JsonTableReader {

    private final JsonMapper mapper = JsonMapper.builder().build();

    Table read(String fileName, InputStream input) throws IOException {
        byte[] bytes = input.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> columns = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    readObject(fileName, parser, "Variables", "Data", columns, rows);
                }
            } else if (first == JsonToken.START_OBJECT) {
                readObject(fileName, parser, "columns", "rows", columns, rows);
            } else {
                throw new InputProblem(fileName, 1, null, "ikke et svar fra Jobindsats' API (v2 eller v3)");
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new InputProblem(fileName, line, null, "ugyldig JSON: " + e.getOriginalMessage());
        }
        if (columns.isEmpty()) {
            throw new InputProblem(fileName, 1, null, "fandt hverken \"Variables\" (v2) eller \"columns\" (v3)");
        }
        for (Table.Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new InputProblem(fileName, row.line(), null,
                        "rækken har " + row.cells().size() + " værdier, men der er " + columns.size() + " kolonner");
            }
        }
        return new Table.InMemory(fileName, List.copyOf(columns), rows);
    }

    private void readObject(String fileName, JsonParser parser, String columnsField, String rowsField,
            List<String> columns, List<Table.Row> rows) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equalsIgnoreCase(columnsField) && value == JsonToken.START_ARRAY) {
                List<String> names = new ArrayList<>();
                for (JsonNode column : (JsonNode) parser.readValueAsTree()) {
                    names.add(columnName(column));
                }
                if (!columns.isEmpty() && !columns.equals(names)) {
                    throw new InputProblem(fileName, parser.currentLocation().getLineNr(), columnsField,
                            "tabellerne i filen har forskellige kolonner");
                }
                columns.clear();
                columns.addAll(names);
            } else if (field.equalsIgnoreCase(rowsField) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    long line = parser.currentLocation().getLineNr();
                    List<String> cells = new ArrayList<>();
                    for (JsonNode cell : (JsonNode) parser.readValueAsTree()) {
                        cells.add(cell.isNull() ? null : cell.isNumber() ? danish(cell) : cell.asString());
                    }
                    rows.add(new Table.Row(line, cells));
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    /**
     * A JSON number written the way Jobindsats writes numbers in text ("3,4", "1234"), so a whole response reads in
     * one style. An exponent the API never sends (1e300) stays visible and is refused by the number check.
     */
    private static String danish(JsonNode number) {
        String plain = number.decimalValue().toPlainString();
        if (number.asString().toLowerCase(java.util.Locale.ROOT).contains("e")) {
            return number.asString();
        }
        return plain.replace('.', ',');
    }

    /** A column is a plain name, or an object with a label or name (Jobindsats has used both). */
    private static String columnName(JsonNode column) {
        if (column.isString()) {
            return column.asString();
        }
        for (String key : List.of("Label", "label", "Name", "name", "Text", "text", "Id", "id")) {
            if (column.has(key)) {
                return column.get(key).asString();
            }
        }
        return column.toString();
    }
}
