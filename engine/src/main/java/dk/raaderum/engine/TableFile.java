package dk.raaderum.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small {@code ;}-separated table with a header, as the rules and rate files are. Fields are not quoted. */
record TableFile(String name, List<String> header, List<String[]> rows) {

    static TableFile read(Path file, List<String> expectedHeader) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, expectedHeader);
        }
    }

    static TableFile read(String name, InputStream in, List<String> expectedHeader) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (first == null) {
            throw new RegisterProblem(name, 1, null, "filen er tom");
        }
        List<String> header = Arrays.asList(first.replace("\uFEFF", "").trim().split(";", -1));
        if (!header.equals(expectedHeader)) {
            throw new RegisterProblem(name, 1, null, "forventede kolonnerne " + String.join(";", expectedHeader));
        }
        List<String[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(";", -1);
            if (fields.length != header.size()) {
                throw new RegisterProblem(name, rows.size() + 2, null,
                        "rækken har " + fields.length + " felter, ikke " + header.size());
            }
            rows.add(fields);
        }
        return new TableFile(name, header, rows);
    }
}
