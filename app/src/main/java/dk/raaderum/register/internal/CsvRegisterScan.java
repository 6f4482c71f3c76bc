package dk.raaderum.register.internal;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dk.raaderum.engine.RegisterProblem;

/**
 * Finds the first faulty line of a CSV register, for the error message. It runs only when DuckDB's
 * checks found a problem (or could not read the file), so the fast path never pays for it.
 */
final class CsvRegisterScan {

    private CsvRegisterScan() {
    }

    static Optional<RegisterProblem> firstProblem(Path file, RowCheck check) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                        .get().parse(reader)) {
            List<String> header = csv.getHeaderNames();
            for (String required : List.of("person_id", "week", "municipality", "benefit")) {
                if (!header.contains(required)) {
                    return Optional.of(new RegisterProblem(file.toString(), 1, required, "kolonnen mangler"));
                }
            }
            boolean hasAmount = header.contains("amount");
            for (CSVRecord row : csv) {
                long line = row.getRecordNumber() + 1;
                if (!row.isConsistent()) {
                    return Optional.of(new RegisterProblem(file.toString(), line, null,
                            "rækken har " + row.size() + " felter, men der er " + header.size() + " kolonner"));
                }
                Optional<RowCheck.Problem> problem = check.check(row.get("person_id"), row.get("week"),
                        row.get("municipality"), row.get("benefit"), hasAmount ? row.get("amount") : null);
                if (problem.isPresent()) {
                    return Optional.of(new RegisterProblem(file.toString(), line, problem.get().field(),
                            problem.get().message()));
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return Optional.of(new RegisterProblem(file.toString(), "kan ikke læses som CSV: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
