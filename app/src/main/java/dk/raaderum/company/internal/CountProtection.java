package dk.raaderum.company.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.raaderum.company.CompanyFigures.Split;
import dk.raaderum.disclosure.SmallCells;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;

/**
 * Counts of persons (placements) per month, quarter and year with a split (e.g. private companies), withheld as one
 * table: a total is its part plus the rest (which is never shown but follows by subtraction), a quarter is its months,
 * a year its quarters. Cells of 1-4 persons are withheld, and so many more that none can be worked out.
 */
final class CountProtection {

    private CountProtection() {
    }

    /** One published pair: null where withheld. */
    record Shown(Double total, Double part) {
    }

    private record Cell(Period period, int kind) {
    }

    private static final int TOTAL = 0;
    private static final int PART = 1;
    private static final int REST = 2;

    /**
     * @param counts the months' counts, and those of the quarters and years that are complete (only they are shown)
     */
    static Map<Period, Shown> protect(Map<Period, Split> counts) {
        Map<Cell, Double> persons = new HashMap<>();
        List<SmallCells.Relation<Cell>> relations = new ArrayList<>();
        counts.forEach((p, s) -> {
            persons.put(new Cell(p, TOTAL), (double) s.total());
            persons.put(new Cell(p, PART), (double) s.part());
            persons.put(new Cell(p, REST), (double) (s.total() - s.part()));
            relations.add(new SmallCells.Relation<>(new Cell(p, TOTAL), List.of(new Cell(p, PART), new Cell(p, REST))));
            List<Period> members = members(p);
            if (!members.isEmpty() && counts.keySet().containsAll(members)) {
                for (int kind : new int[] {TOTAL, PART, REST}) {
                    relations.add(new SmallCells.Relation<>(new Cell(p, kind),
                            members.stream().map(m -> new Cell(m, kind)).toList()));
                }
            }
        });
        Comparator<Cell> order = Comparator.comparing(Cell::period).thenComparingInt(Cell::kind);
        Set<Cell> hidden = SmallCells.hidden(persons, relations, SmallCells.THRESHOLD, order);
        Map<Period, Shown> shown = new LinkedHashMap<>();
        counts.keySet().stream().sorted().forEach(p -> shown.put(p, new Shown(
                hidden.contains(new Cell(p, TOTAL)) ? null : (double) counts.get(p).total(),
                hidden.contains(new Cell(p, PART)) ? null : (double) counts.get(p).part())));
        return shown;
    }

    /** The periods a quarter or a year is the sum of. */
    private static List<Period> members(Period p) {
        if (p.type() == PeriodType.QUARTER) {
            return p.months();
        }
        if (p.type() == PeriodType.YEAR) {
            return List.of(1, 2, 3, 4).stream().map(q -> Period.quarter(p.start().getYear(), q)).toList();
        }
        return List.of();
    }
}
