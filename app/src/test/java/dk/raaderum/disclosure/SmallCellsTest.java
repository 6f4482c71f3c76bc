package dk.raaderum.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static final Comparator<String> BY_NAME = Comparator.naturalOrder();

    private static Map<String, Double> table(Object... cellsAndValues) {
        Map<String, Double> table = new LinkedHashMap<>();
        for (int i = 0; i < cellsAndValues.length; i += 2) {
            table.put((String) cellsAndValues[i], ((Number) cellsAndValues[i + 1]).doubleValue());
        }
        return table;
    }

    @Test
    void a_small_cell_is_hidden_with_the_smallest_other_part_so_the_total_cannot_reveal_it() {
        Map<String, Double> t = table("total", 52, "a", 2, "b", 20, "c", 30);
        List<SmallCells.Relation<String>> sums = List.of(new SmallCells.Relation<>("total", List.of("a", "b", "c")));

        Set<String> hidden = SmallCells.hidden(t, sums, 5, BY_NAME);

        assertThat(hidden).containsExactlyInAnyOrder("a", "b"); // by hand: a is 2 < 5; b (20) is the smallest other part
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }

    @Test
    void the_threshold_is_five_persons_and_a_true_zero_is_shown() {
        Map<String, Double> t = table("total", 45, "four", 4, "five", 5, "zero", 0, "big", 36);
        List<SmallCells.Relation<String>> sums = List.of(new SmallCells.Relation<>("total",
                List.of("four", "five", "zero", "big")));

        Set<String> hidden = SmallCells.hidden(t, sums, SmallCells.THRESHOLD, BY_NAME);

        assertThat(hidden).contains("four").doesNotContain("five", "big");
        assertThat(hidden).hasSize(2); // the complementary cell is the smallest shown part: the zero
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }

    @Test
    void nothing_is_hidden_when_no_cell_is_small() {
        Map<String, Double> t = table("total", 30, "a", 10, "b", 20);
        assertThat(SmallCells.hidden(t, List.of(new SmallCells.Relation<>("total", List.of("a", "b"))), 5, BY_NAME))
                .isEmpty();
    }

    @Test
    void a_table_with_row_and_column_totals_keeps_every_hidden_cell_unknown() {
        // r1c1 = 2 is small; rows, columns and the grand total are sums
        Map<String, Double> t = table("r1c1", 2, "r1c2", 50, "r2c1", 60, "r2c2", 70, "r1", 52, "r2", 130,
                "c1", 62, "c2", 120, "all", 182);
        List<SmallCells.Relation<String>> sums = List.of(
                new SmallCells.Relation<>("r1", List.of("r1c1", "r1c2")),
                new SmallCells.Relation<>("r2", List.of("r2c1", "r2c2")),
                new SmallCells.Relation<>("c1", List.of("r1c1", "r2c1")),
                new SmallCells.Relation<>("c2", List.of("r1c2", "r2c2")),
                new SmallCells.Relation<>("all", List.of("r1", "r2")),
                new SmallCells.Relation<>("all", List.of("c1", "c2")));

        Set<String> hidden = SmallCells.hidden(t, sums, 5, BY_NAME);

        assertThat(hidden).contains("r1c1");
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }

    @Test
    void sums_that_share_cells_in_a_ring_are_solved_by_a_reader_and_so_get_more_cells_hidden() {
        // a + b = 12, b + c = 21, a + c = 13: with two hidden cells in every sum, all three would still be solvable
        Map<String, Double> t = table("a", 2, "b", 10, "c", 11, "t1", 12, "t2", 21, "t3", 13);
        List<SmallCells.Relation<String>> sums = List.of(
                new SmallCells.Relation<>("t1", List.of("a", "b")),
                new SmallCells.Relation<>("t2", List.of("b", "c")),
                new SmallCells.Relation<>("t3", List.of("a", "c")));

        assertThat(Attacker.recover(t, Set.of("a", "b", "c"), sums)).containsOnlyKeys("a", "b", "c"); // the trap
        Set<String> hidden = SmallCells.hidden(t, sums, 5, BY_NAME);

        assertThat(hidden).contains("a");
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }
}
