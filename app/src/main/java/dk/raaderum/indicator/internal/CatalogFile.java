package dk.raaderum.indicator.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;

/** The shipped indicator catalogue, {@code indicator/catalog.csv}, and the derived helper series it declares. */
record CatalogFile(List<Indicator> indicators, List<Derivation> derivations) {

    static CatalogFile read() {
        List<Indicator> indicators = new ArrayList<>();
        List<Derivation> derivations = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("indicator/catalog.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader)) {
                indicators.add(new Indicator(row.get("id"), row.get("name"), Unit.valueOf(row.get("unit")),
                        row.get("source"), blankToNull(row.get("source_table")), row.get("description"),
                        GeoAggregation.valueOf(row.get("geo_aggregation")), blankToNull(row.get("numerator")),
                        blankToNull(row.get("denominator")),
                        row.get("factor").isBlank() ? 1 : Double.parseDouble(row.get("factor")),
                        TimeRollUp.valueOf(row.get("time_rollup")), Boolean.parseBoolean(row.get("published")),
                        GoodDirection.valueOf(row.get("good_direction"))));
                if (!row.get("derive").isBlank()) {
                    derivations.add(new Derivation(row.get("id"), Derivation.Operation.valueOf(row.get("derive")),
                            row.get("derive_a"), row.get("derive_b")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CatalogFile(List.copyOf(indicators), List.copyOf(derivations));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
