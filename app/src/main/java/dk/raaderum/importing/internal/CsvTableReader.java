package dk.raaderum.importing.internal;

import java.io.StringReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/** Reads a {@code ;}-separated export from Statistikbanken, in UTF-8 or (older exports) Windows-1252. */
@Component
class CsvTableReader {

    Table read(String fileName, InputStream input) throws IOException {
        String text = decode(input.readAllBytes());
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setTrim(true).get().parse(new StringReader(text));
        List<String> columns = csv.getHeaderNames();
        if (columns.size() < 3) {
            throw new InputProblem(fileName, 1, null, "forventede mindst tre kolonner adskilt af ';' (område, tid og værdi)");
        }
        List<Table.Row> rows = new ArrayList<>();
        for (CSVRecord record : csv) {
            long line = record.getRecordNumber() + 1;
            if (!record.isConsistent()) {
                throw new InputProblem(fileName, line, null,
                        "rækken har " + record.size() + " felter, men der er " + columns.size() + " kolonner");
            }
            rows.add(new Table.Row(line, record.toList()));
        }
        return new Table(fileName, List.copyOf(columns), rows);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
