package dk.raaderum.indicator.internal;

import java.io.BufferedWriter;
import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.platform.CsvSafety;

/**
 * {@code /api/v1/indicators} and {@code /api/v1/values}. A range is cut to the periods that have data, so no
 * request can ask for millennia; an answer holds at most {@value #MAX_PAGE} rows a page (the {@code Link} header
 * points to the next page, {@code X-Total-Count} gives the total); CSV is streamed as it is computed.
 */
@RestController
@RequestMapping("/api/v1")
class ValuesApiController {

    static final int MAX_PAGE = 10_000;

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

    /** The rows a request asks for, cut to the data; {@code periods} is empty when the range holds no data. */
    private record Request(Indicator indicator, List<Area> areas, List<Period> periods) {
        long total() {
            return (long) areas.size() * periods.size();
        }
    }

    @GetMapping(value = "/values", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ValueJson>> values(@RequestParam String indicator,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String level,
            @RequestParam(required = false) String area, @RequestParam String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + MAX_PAGE) int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("'page' skal være 0 eller mere og 'size' mellem 1 og " + MAX_PAGE);
        }
        Request request = request(indicator, municipality, level, area, from, to);
        long first = (long) page * size;
        List<ValueJson> rows = rows(request, first, Math.min(request.total(), first + size));
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Total-Count", Long.toString(request.total()));
        if (first + size < request.total()) {
            headers.add(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", page + 1).replaceQueryParam("size", size).toUriString() + ">; rel=\"next\"");
        }
        return ResponseEntity.ok().headers(headers).body(rows);
    }

    /** Written to the response as each area is computed (in the request's thread, so it counts as a heavy request). */
    @GetMapping(value = "/values", produces = "text/csv")
    void valuesAsCsv(@RequestParam String indicator, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String level, @RequestParam(required = false) String area,
            @RequestParam String from, @RequestParam(required = false) String to, HttpServletResponse response)
            throws IOException {
        Request request = request(indicator, municipality, level, area, from, to);
        response.setContentType("text/csv;charset=UTF-8");
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader("indicator", "level", "area", "name", "period", "value").get());
        if (!request.periods().isEmpty()) {
            for (Area a : request.areas()) {
                for (Observation o : values.series(request.indicator(), a, request.periods().get(0),
                        request.periods().get(request.periods().size() - 1))) {
                    ValueJson row = json(o);
                    csv.printRecord(CsvSafety.cell(indicator), row.level() == null ? "kommune" : row.level(),
                            row.municipality() != null ? row.municipality() : row.area(), CsvSafety.cell(row.name()),
                            row.period(), row.value() == null ? "" : row.value());
                }
                csv.flush();
            }
        }
        csv.flush();
    }

    private Request request(String indicator, String municipality, String level, String area, String from,
            String to) {
        Indicator wanted = catalog.find(indicator)
                .orElseThrow(() -> new NoSuchElementException("Ukendt indikator '" + indicator + "'"));
        Period first = Period.parse(from);
        Period last = to == null ? first : Period.parse(to);
        if (first.type() != last.type()) {
            throw new IllegalArgumentException("'from' og 'to' skal være samme slags periode");
        }
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("'from' (" + from + ") ligger efter 'to' (" + to + ")");
        }
        List<Area> areas = areas(municipality, level, area);
        return new Request(wanted, areas, withData(wanted, first, last));
    }

    /** The periods from {@code first} to {@code last} that lie within the months the indicator has data for. */
    private List<Period> withData(Indicator indicator, Period first, Period last) {
        Optional<Period> firstMonth = values.firstMonth(indicator);
        Optional<Period> lastMonth = values.freshness(indicator).map(Freshness::lastPeriod)
                .map(p -> p.months().get(p.months().size() - 1));
        if (firstMonth.isEmpty() || lastMonth.isEmpty()) {
            return List.of();
        }
        Period from = max(first, Period.containing(first.type(), firstMonth.get().start()));
        Period to = min(last, Period.containing(last.type(), lastMonth.get().start()));
        return from.compareTo(to) > 0 ? List.of() : from.through(to);
    }

    private List<ValueJson> rows(Request request, long from, long to) {
        if (from >= to) {
            return List.of();
        }
        int periods = request.periods().size();
        int firstArea = (int) (from / periods);
        int lastArea = (int) ((to - 1) / periods);
        List<Area> areas = request.areas().subList(firstArea, lastArea + 1);
        List<List<Observation>> series = values.series(request.indicator(), areas, request.periods().get(0),
                request.periods().get(periods - 1));
        return series.stream().flatMap(List::stream).skip(from - (long) firstArea * periods).limit(to - from)
                .map(ValuesApiController::json).toList();
    }

    private static Period max(Period a, Period b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Period min(Period a, Period b) {
        return a.compareTo(b) <= 0 ? a : b;
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
