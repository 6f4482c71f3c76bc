package dk.raaderum.benchmark.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import dk.raaderum.benchmark.Condition;

/**
 * The shipped model conditions ({@code benchmark/model-conditions.csv}): each names a column of a shipped data file
 * (keyed by {@code kommune_kode}) or a condition Råderum derives from the geography, with its publisher, table and
 * year. Every condition must have a value for every municipality; a gap stops the start with the file, line and
 * field named, since a model silently fitted on fewer municipalities would not be the one documented.
 */
final class ModelConditionsFile {

    static final String DERIVED = "-";

    /** The conditions in file order and each municipality's values in the same order. */
    record Read(List<Condition> conditions, Map<Integer, double[]> values) {
    }

    private ModelConditionsFile() {
    }

    static Read read(Resource file, List<Integer> municipalities, Map<String, Map<Integer, Double>> derived) {
        List<Condition> conditions = new ArrayList<>();
        Map<Integer, double[]> values = new LinkedHashMap<>();
        municipalities.forEach(code -> values.put(code, new double[0]));
        Map<String, Map<String, Map<Integer, Double>>> dataFiles = new HashMap<>();
        for (CSVRecord row : parse(file, ';')) {
            String where = file.getFilename() + ", række " + row.getRecordNumber();
            Condition condition = new Condition(row.get("id"), row.get("name"), row.get("label"),
                    new Condition.Wording(row.get("subject"), row.get("high"), row.get("low")), row.get("source"),
                    row.get("table"), Integer.parseInt(row.get("year")), row.get("compiled_by"), false);
            Map<Integer, Double> column = row.get("file").equals(DERIVED) ? derived.get(row.get("column"))
                    : dataFiles.computeIfAbsent(row.get("file"), ModelConditionsFile::columns).get(row.get("column"));
            if (column == null) {
                throw new IllegalStateException(where + ", felt 'column': ukendt kolonne '" + row.get("column") + "'");
            }
            for (int code : municipalities) {
                Double value = column.get(code);
                if (value == null || value.isNaN()) {
                    throw new IllegalStateException(where + ": rammevilkåret '" + condition.id()
                            + "' mangler en værdi for kommune " + code);
                }
                double[] old = values.get(code);
                double[] longer = Arrays.copyOf(old, old.length + 1);
                longer[old.length] = value;
                values.put(code, longer);
            }
            conditions.add(condition);
        }
        return new Read(List.copyOf(conditions), values);
    }

    /** Every numeric column of a comma-separated data file, by municipality code. */
    private static Map<String, Map<Integer, Double>> columns(String path) {
        Map<String, Map<Integer, Double>> columns = new HashMap<>();
        ClassPathResource resource = new ClassPathResource(path);
        for (CSVRecord row : parse(resource, ',')) {
            int code = Integer.parseInt(row.get("kommune_kode"));
            row.toMap().forEach((name, text) -> {
                if (!text.isBlank()) {
                    try {
                        columns.computeIfAbsent(name, n -> new HashMap<>()).put(code, Double.parseDouble(text));
                    } catch (NumberFormatException notANumber) {
                        // a text column such as the name
                    }
                }
            });
        }
        return columns;
    }

    private static List<CSVRecord> parse(Resource file, char delimiter) {
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
