package dk.raaderum.indicator.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;

@RestController
@RequestMapping("/api/v1")
class ValuesApiController {

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;

    ValuesApiController(IndicatorCatalog catalog, IndicatorValues values, Geography geography) {
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
    }

    record IndicatorJson(String id, String name, String unit, String source, String sourceTable, String description,
            String numerator, String denominator, String geoAggregation, String timeRollUp, String goodDirection) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ValueJson(String municipality, String level, String area, String name, String period,
            @JsonInclude(JsonInclude.Include.ALWAYS) Number value) {
    }

    @GetMapping("/indicators")
    List<IndicatorJson> indicators() {
        return catalog.published().stream()
                .map(i -> new IndicatorJson(i.id(), i.name(), i.unit().name().toLowerCase(), i.source(),
                        i.sourceTable(), i.description(), i.numeratorId(), i.denominatorId(),
                        i.geoAggregation().name().toLowerCase(), i.timeRollUp().name().toLowerCase(),
                        i.goodDirection().name().toLowerCase()))
                .toList();
    }

    @GetMapping(value = "/values", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ValueJson> values(@RequestParam String indicator, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String level, @RequestParam(required = false) String area,
            @RequestParam String from, @RequestParam(required = false) String to) {
        Indicator wanted = catalog.find(indicator)
                .orElseThrow(() -> new NoSuchElementException("Ukendt indikator '" + indicator + "'"));
        Period first = Period.parse(from);
        Period last = to == null ? first : Period.parse(to);
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("'from' (" + from + ") ligger efter 'to' (" + to + ")");
        }
        return areas(municipality, level, area).stream()
                .flatMap(a -> values.series(wanted, a, first, last).stream())
                .map(ValuesApiController::json)
                .toList();
    }

    @GetMapping(value = "/values", produces = "text/csv")
    String valuesAsCsv(@RequestParam String indicator, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String level, @RequestParam(required = false) String area,
            @RequestParam String from, @RequestParam(required = false) String to) {
        List<ValueJson> rows = values(indicator, municipality, level, area, from, to);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader("indicator", "level", "area", "name", "period", "value").get())) {
            for (ValueJson row : rows) {
                csv.printRecord(indicator, row.level() == null ? "kommune" : row.level(),
                        row.municipality() != null ? row.municipality() : row.area(), row.name(), row.period(),
                        row.value() == null ? "" : row.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<Area> areas(String municipality, String level, String area) {
        if (municipality != null && level != null) {
            throw new IllegalArgumentException("Angiv enten 'municipality' eller 'level', ikke begge");
        }
        if (municipality != null) {
            int code = parseCode(municipality, "municipality");
            return List.of(geography.municipality(code)
                    .orElseThrow(() -> new NoSuchElementException("Ukendt kommunekode '" + municipality + "'"))
                    .asArea());
        }
        AreaLevel parsed = level == null ? AreaLevel.KOMMUNE : AreaLevel.parse(level);
        if (area == null) {
            return geography.areas(parsed);
        }
        int code = parseCode(area, "area");
        return List.of(geography.area(parsed, code)
                .orElseThrow(() -> new NoSuchElementException("Ukendt " + parsed.danish() + " '" + area + "'")));
    }

    private static int parseCode(String text, String parameter) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + parameter + "' skal være en talkode, ikke '" + text + "'");
        }
    }

    private static ValueJson json(Observation o) {
        Number value = o.value() == null ? null
                : o.value() == Math.rint(o.value()) && Math.abs(o.value()) < 1e15 ? (Number) o.value().longValue()
                : o.value();
        Area a = o.area();
        return a.isMunicipality()
                ? new ValueJson(Integer.toString(a.code()), null, null, a.name(), o.period().toString(), value)
                : new ValueJson(null, a.level() == AreaLevel.LAND ? "land" : a.level().name().toLowerCase(),
                        Integer.toString(a.code()), a.name(), o.period().toString(), value);
    }
}
