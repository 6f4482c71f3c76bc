package dk.raaderum.importing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code ;}-separated export from Statistikbanken, in UTF-8 or (older exports) Windows-1252, as a table
 * streamed from the file: rows are parsed as they are read, never all held at once.
 */
@Component
class CsvTableReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setTrim(true).get();

    Table read(String fileName, Path file) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        List<String> columns;
        try (CSVParser csv = FORMAT.parse(open(file, charset))) {
            columns = List.copyOf(csv.getHeaderNames());
        }
        if (columns.size() < 3) {
            throw new InputProblem(fileName, 1, null, "forventede mindst tre kolonner adskilt af ';' (område, tid og værdi)");
        }
        return new Streamed(fileName, file, charset, columns);
    }

    private record Streamed(String fileName, Path file, Charset charset, List<String> columns) implements Table {
        @Override
        public void rows(RowVisitor visitor) throws IOException {
            try (CSVParser csv = FORMAT.parse(open(file, charset))) {
                for (CSVRecord record : csv) {
                    long line = record.getRecordNumber() + 1;
                    if (!record.isConsistent()) {
                        throw new InputProblem(fileName, line, null,
                                "rækken har " + record.size() + " felter, men der er " + columns.size() + " kolonner");
                    }
                    visitor.visit(new Row(line, record.toList()));
                }
            } catch (UncheckedIOException e) {
                throw new InputProblem(fileName, "kan ikke læses som CSV: " + e.getCause().getMessage());
            }
        }
    }

    /** A reader that skips a leading byte-order mark. */
    private static Reader open(Path file, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset
                .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** True when the whole file decodes as UTF-8 (read in blocks, never all at once). */
    private static boolean isUtf8(Path file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
