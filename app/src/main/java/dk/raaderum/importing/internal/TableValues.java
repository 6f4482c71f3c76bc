package dk.raaderum.importing.internal;

import java.util.HashMap;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.raaderum.platform.Progress;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.StrictNumbers;
import java.util.function.Function;

/**
 * Turns a table into indicator values: one column names the area, one the period, and each measure
 * column fills one indicator. Every other column is a dimension that must be pinned to one value with a
 * filter, unless it only ever holds one value, so that no total is ever added to its own parts.
 */
@Component
class TableValues {

    private static final List<String> AREA_COLUMNS = List.of("område", "omraade", "kommune", "area", "komk", "bopkom");
    private static final List<String> PERIOD_COLUMNS = List.of("periode", "period", "tid", "time");

    private final AreaResolver areas;

    TableValues(AreaResolver areas) {
        this.areas = areas;
    }

    /**
     * @param style how the file writes numbers
     * @param units the unit of each indicator a measure fills, for the plausibility check
     */
    ParsedValues read(Table table, Map<String, String> measures, Map<String, String> filters,
            StrictNumbers.Style style, Function<String, Unit> units, Progress progress) throws IOException {
        if (measures.isEmpty()) {
            throw new InputProblem(table.fileName(), "angiv mindst én målekolonne og den indikator, den skal fylde");
        }
        Map<Integer, String> measureColumns = new HashMap<>();
        measures.forEach((column, indicator) -> measureColumns.put(table.column(column), indicator));
        int area = find(table, AREA_COLUMNS, "område", measureColumns.keySet());
        int period = find(table, PERIOD_COLUMNS, "periode", measureColumns.keySet());
        Map<Integer, String> filterColumns = new HashMap<>();
        filters.forEach((column, value) -> filterColumns.put(table.column(column), value));
        long rows = checkDimensions(table, area, period, measureColumns.keySet(), filterColumns.keySet());

        ParsedValues parsed = new ParsedValues("andre områder eller dimensioner end de valgte");
        progress.begin("Læser " + table.fileName(), rows);
        table.rows(row -> {
            progress.advance(1);
            if (!matches(row, filterColumns)) {
                parsed.skip();
                return;
            }
            String areaText = row.cells().get(area);
            AreaResolver.Resolved resolved = areas.resolve(areaText).orElseThrow(() -> new InputProblem(
                    table.fileName(), row.line(), table.columns().get(area), "ukendt område '" + areaText + "'"));
            if (!(resolved instanceof AreaResolver.Resolved.Store store)) {
                parsed.skip();
                return;
            }
            Period when = period(table, row, period);
            for (Map.Entry<Integer, String> measure : measureColumns.entrySet()) {
                parsed.add(measure.getValue(), store.area(), when, Numbers.read(table.fileName(), row.line(),
                        table.columns().get(measure.getKey()), row.cells().get(measure.getKey()), style,
                        units.apply(measure.getValue())));
            }
        });
        progress.end();
        if (parsed.isEmpty()) {
            throw new InputProblem(table.fileName(), "ingen rækker passede til de valgte filtre");
        }
        return parsed;
    }

    /** The first column named exactly like a candidate, else the first whose name contains one. */
    private static int find(Table table, List<String> candidates, String what, Set<Integer> measures) {
        for (boolean exact : new boolean[] {true, false}) {
            for (int i = 0; i < table.columns().size(); i++) {
                String name = table.columns().get(i).toLowerCase(Locale.ROOT);
                for (String candidate : candidates) {
                    if (!measures.contains(i) && (exact ? name.equals(candidate) : name.contains(candidate))) {
                        return i;
                    }
                }
            }
        }
        throw new InputProblem(table.fileName(), 1, null, "fandt ingen kolonne for " + what
                + "; kolonnerne er " + String.join(", ", table.columns()));
    }

    /**
     * Every other column must hold one value only, unless a filter pins it (so no total is added to its parts);
     * a first pass over the rows, which also counts them.
     */
    private static long checkDimensions(Table table, int area, int period, Set<Integer> measures, Set<Integer> filters)
            throws IOException {
        List<Integer> free = new java.util.ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (c != area && c != period && !measures.contains(c) && !filters.contains(c)) {
                free.add(c);
            }
        }
        String[] first = new String[table.columns().size()];
        long[] count = {0};
        table.rows(row -> {
            count[0]++;
            for (int c : free) {
                String cell = row.cells().get(c);
                if (count[0] == 1) {
                    first[c] = cell;
                } else if (!java.util.Objects.equals(first[c], cell)) {
                    throw new InputProblem(table.fileName(), row.line(), table.columns().get(c),
                            "kolonnen har flere værdier; vælg én med --where \"" + table.columns().get(c) + "=…\"");
                }
            }
        });
        return count[0];
    }

    private static boolean matches(Table.Row row, Map<Integer, String> filters) {
        for (Map.Entry<Integer, String> filter : filters.entrySet()) {
            String cell = row.cells().get(filter.getKey());
            if (cell == null || !cell.trim().equalsIgnoreCase(filter.getValue().trim())) {
                return false;
            }
        }
        return true;
    }

    private static Period period(Table table, Table.Row row, int column) {
        String text = row.cells().get(column);
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(table.fileName(), row.line(), table.columns().get(column),
                    "'" + text + "' er ikke en periode (fx 2024M03, 2024K1 eller 2024)");
        }
    }
}
