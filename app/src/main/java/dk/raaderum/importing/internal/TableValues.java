package dk.raaderum.importing.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.raaderum.platform.Progress;
import dk.raaderum.indicator.Period;

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

    ParsedValues read(Table table, Map<String, String> measures, Map<String, String> filters, boolean danishNumbers,
            Progress progress) {
        if (measures.isEmpty()) {
            throw new InputProblem(table.fileName(), "angiv mindst én målekolonne og den indikator, den skal fylde");
        }
        Map<Integer, String> measureColumns = new HashMap<>();
        measures.forEach((column, indicator) -> measureColumns.put(table.column(column), indicator));
        int area = find(table, AREA_COLUMNS, "område", measureColumns.keySet());
        int period = find(table, PERIOD_COLUMNS, "periode", measureColumns.keySet());
        Map<Integer, String> filterColumns = new HashMap<>();
        filters.forEach((column, value) -> filterColumns.put(table.column(column), value));
        checkDimensions(table, area, period, measureColumns.keySet(), filterColumns.keySet());

        ParsedValues parsed = new ParsedValues("andre områder eller dimensioner end de valgte");
        progress.begin("Læser " + table.fileName(), table.rows().size());
        for (Table.Row row : table.rows()) {
            progress.advance(1);
            if (!matches(row, filterColumns)) {
                parsed.skip();
                continue;
            }
            String areaText = row.cells().get(area);
            AreaResolver.Resolved resolved = areas.resolve(areaText).orElseThrow(() -> new InputProblem(
                    table.fileName(), row.line(), table.columns().get(area), "ukendt område '" + areaText + "'"));
            if (!(resolved instanceof AreaResolver.Resolved.Store store)) {
                parsed.skip();
                continue;
            }
            Period when = period(table, row, period);
            for (Map.Entry<Integer, String> measure : measureColumns.entrySet()) {
                parsed.add(measure.getValue(), store.area(), when,
                        value(table, row, measure.getKey(), danishNumbers));
            }
        }
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

    private static void checkDimensions(Table table, int area, int period, Set<Integer> measures, Set<Integer> filters) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (c == area || c == period || measures.contains(c) || filters.contains(c)) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Table.Row row : table.rows()) {
                seen.add(row.cells().get(c));
                if (seen.size() > 1) {
                    throw new InputProblem(table.fileName(), row.line(), table.columns().get(c),
                            "kolonnen har flere værdier; vælg én med --where \"" + table.columns().get(c) + "=…\"");
                }
            }
        }
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

    private static Double value(Table table, Table.Row row, int column, boolean danish) {
        String text = row.cells().get(column);
        if (Numbers.isMissing(text)) {
            return null;
        }
        try {
            return Numbers.parse(text, danish);
        } catch (NumberFormatException e) {
            throw new InputProblem(table.fileName(), row.line(), table.columns().get(column),
                    "'" + text + "' er ikke et tal");
        }
    }
}
