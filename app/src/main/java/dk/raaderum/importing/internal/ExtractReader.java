package dk.raaderum.importing.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import dk.raaderum.platform.Progress;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.StrictNumbers;
import java.util.function.Function;

/**
 * Reads the Jobindsats extract in long format
 * ({@code kommunekode;kommune;jobindsats_tabel;serie;maal;periode;kategori;vaerdi}).
 * Series without a mapping in {@code importing/jobindsats-extract.csv}, and category breakdowns, are skipped.
 */
@Component
class ExtractReader {

    private static final List<String> HEADER =
            List.of("kommunekode", "kommune", "jobindsats_tabel", "serie", "maal", "periode", "kategori", "vaerdi");

    private final AreaResolver areas;
    private final Map<String, String> mapping = readMapping();

    ExtractReader(AreaResolver areas) {
        this.areas = areas;
    }

    /** @param units the unit of each indicator the extract fills, for the plausibility check */
    ParsedValues read(String fileName, Reader input, long sizeHint, Function<String, Unit> units, Progress progress)
            throws IOException {
        ParsedValues parsed = new ParsedValues("serier eller kategorier uden for kataloget");
        CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(input);
        List<String> header = csv.getHeaderNames();
        if (!header.equals(HEADER)) {
            throw new InputProblem(fileName, 1, null, "forventede kolonnerne " + String.join(";", HEADER)
                    + ", men fandt " + String.join(";", header));
        }
        progress.begin("Læser " + fileName, sizeHint);
        for (CSVRecord row : csv) {
            long line = row.getRecordNumber() + 1;
            if (!row.isConsistent()) {
                throw new InputProblem(fileName, line, null, "rækken har " + row.size() + " felter, ikke 8");
            }
            progress.advance(1);
            String indicator = mapping.get(row.get("jobindsats_tabel") + ";" + row.get("maal"));
            if (indicator == null || !row.get("kategori").isEmpty()) {
                parsed.skip();
                continue;
            }
            AreaResolver.Resolved area = areas.resolve(row.get("kommunekode"))
                    .orElseThrow(() -> new InputProblem(fileName, line, "kommunekode",
                            "'" + row.get("kommunekode") + "' er ikke en kommunekode"));
            if (!(area instanceof AreaResolver.Resolved.Store store)) {
                parsed.skip();
                continue;
            }
            Period period = parseMonth(fileName, line, row.get("periode"));
            parsed.add(indicator, store.area(), period, Numbers.read(fileName, line, "vaerdi", row.get("vaerdi"),
                    StrictNumbers.Style.PLAIN, units.apply(indicator)));
        }
        progress.end();
        return parsed;
    }

    private static Period parseMonth(String file, long line, String text) {
        try {
            Period period = Period.parse(text);
            if (period.type() == PeriodType.MONTH) {
                return period;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InputProblem(file, line, "periode", "'" + text + "' er ikke en måned som 2024M03");
    }

    private static Map<String, String> readMapping() {
        Map<String, String> mapping = new HashMap<>();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("importing/jobindsats-extract.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader)) {
                mapping.put(row.get("tabel") + ";" + row.get("maal"), row.get("indicator"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(mapping);
    }
}
