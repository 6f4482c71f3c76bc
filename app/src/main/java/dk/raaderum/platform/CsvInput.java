package dk.raaderum.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dk.raaderum.engine.CprShape;

/**
 * A CSV export from another system (a CRM, a case management system, a survey tool), read strictly before anything
 * is stored: the header is checked against the columns the format knows, every cell against {@link FreeText}'s CPR
 * rule, and every fault is a {@link Problem} naming the file, the line and the field in Danish. Semicolon or comma
 * separated (decided by the header line), UTF-8 with or without a byte-order mark; with semicolons numbers are
 * Danish ("1.234,5"), with commas plain ("1234.5"); dates are ISO ("2026-03-01").
 */
public final class CsvInput {

    /** More rows than any export of one municipality holds; a bigger file is refused rather than read. */
    public static final int MAX_ROWS = 500_000;

    private CsvInput() {
    }

    /** A fault in the file, located by line (1 is the header) and field (null for the whole line or file). */
    public static final class Problem extends RuntimeException {
        private final long line;
        private final String field;
        private final String reason;

        public Problem(String file, long line, String field, String reason) {
            super(file + ", linje " + line + (field == null ? "" : ", felt '" + field + "'") + ": " + reason);
            this.line = line;
            this.field = field;
            this.reason = reason;
        }

        public long line() {
            return line;
        }

        public String field() {
            return field;
        }

        /** The fault without its place. */
        public String reason() {
            return reason;
        }
    }

    /** One data line: its cells by (lower-case) column name. */
    public record Row(String file, long line, Map<String, String> cells, StrictNumbers.Style style) {

        /** The cell trimmed, or null when the column is absent or the cell blank. */
        public String text(String field) {
            return FreeText.trimmed(cells.get(field));
        }

        public String required(String field) {
            String text = text(field);
            if (text == null) {
                throw problem(field, "skal udfyldes");
            }
            return text;
        }

        /** An ISO date ("2026-03-01"), or null when blank. */
        public LocalDate date(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw problem(field, "'" + CprShape.mask(text) + "' er ikke en dato som 2026-03-01");
            }
        }

        public LocalDate requiredDate(String field) {
            required(field);
            return date(field);
        }

        /** An ISO date and time ("2026-03-01T09:30" or "2026-03-01 09:30"), or null when blank. */
        public LocalDateTime dateTime(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(text.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                throw problem(field, "'" + CprShape.mask(text) + "' er ikke et tidspunkt som 2026-03-01T09:30");
            }
        }

        /** A whole number from {@code min} to {@code max}, or null when blank. */
        public Integer integer(String field, int min, int max) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            Double value = StrictNumbers.parse(text, style).orElseThrow(() -> problem(field,
                    "'" + CprShape.mask(text) + "' er ikke " + StrictNumbers.example(style)));
            if (value != Math.rint(value) || value < min || value > max) {
                throw problem(field, "skal være et helt tal fra " + min + " til " + max);
            }
            return value.intValue();
        }

        /** A number of the file's style, or null when blank. */
        public Double number(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            return StrictNumbers.parse(text, style).orElseThrow(() -> problem(field,
                    "'" + CprShape.mask(text) + "' er ikke " + StrictNumbers.example(style)));
        }

        public Problem problem(String field, String reason) {
            return new Problem(file, line, field, reason);
        }
    }

    /**
     * The rows of the file, checked.
     *
     * @param required columns that must be in the header
     * @param allowed  which other columns the format knows (an unknown column is refused, so a typo is not ignored)
     */
    public static List<Row> read(String file, String text, Set<String> required, Predicate<String> allowed) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new Problem(file, 1, null, "filen er tom; den skal have en overskriftslinje og mindst én række");
        }
        int firstBreak = body.indexOf('\n');
        String headerLine = firstBreak < 0 ? body : body.substring(0, firstBreak);
        char delimiter = headerLine.indexOf(';') >= 0 ? ';' : ',';
        StrictNumbers.Style style = delimiter == ';' ? StrictNumbers.Style.DANISH : StrictNumbers.Style.PLAIN;
        int[] lineStarts = lineStarts(body);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = lineOf(lineStarts, firstCharacter(body, record.getCharacterPosition()));
                if (header == null) {
                    header = header(file, record, required, allowed);
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new Problem(file, line, null, "linjen har " + record.size() + " felter, men overskriften har "
                            + header.size());
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String cell = record.get(i);
                    if (CprShape.containsCpr(cell)) {
                        throw new Problem(file, line, header.get(i), FreeText.problem("Feltet", cell, Integer.MAX_VALUE)
                                .orElseThrow());
                    }
                    cells.put(header.get(i), cell);
                }
                if (rows.size() == MAX_ROWS) {
                    throw new Problem(file, line, null, "filen har mere end " + MAX_ROWS + " rækker");
                }
                rows.add(new Row(file, line, cells, style));
            }
            if (rows.isEmpty()) {
                throw new Problem(file, 2, null, "filen har ingen rækker under overskriften");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new Problem(file, 1, null, "filen kunne ikke læses som CSV (" + e.getCause().getMessage() + ")");
        }
    }

    /** The header's column names, lower-case and trimmed, to tell one format from another. */
    public static Set<String> columns(String text) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = body.indexOf('\n');
        String headerLine = (firstBreak < 0 ? body : body.substring(0, firstBreak)).strip();
        String delimiter = headerLine.indexOf(';') >= 0 ? ";" : ",";
        Set<String> columns = new HashSet<>();
        Arrays.stream(headerLine.split(delimiter)).map(c -> c.replace("\"", "").strip().toLowerCase(Locale.ROOT))
                .forEach(columns::add);
        return columns;
    }

    private static List<String> header(String file, CSVRecord record, Set<String> required, Predicate<String> allowed) {
        List<String> header = new ArrayList<>();
        for (String raw : record) {
            String column = raw.strip().toLowerCase(Locale.ROOT);
            if (CprShape.containsCpr(column)) {
                throw new Problem(file, 1, null, "overskriften ser ud til at indeholde et CPR-nummer");
            }
            if (header.contains(column)) {
                throw new Problem(file, 1, column, "kolonnen står to gange i overskriften");
            }
            if (!required.contains(column) && !allowed.test(column)) {
                throw new Problem(file, 1, column, "ukendt kolonne; se formatet i README (afsnittet om CSV-formater)");
            }
            header.add(column);
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new Problem(file, 1, column, "kolonnen mangler i overskriften");
            }
        }
        return header;
    }

    private static int[] lineStarts(String body) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The record's first character: the parser's position may stand before the empty lines it skipped. */
    private static long firstCharacter(String body, long position) {
        int p = (int) position;
        while (p < body.length() && (body.charAt(p) == '\n' || body.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    /** The 1-based line on which the character at {@code position} stands. */
    private static long lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1L;
    }
}
