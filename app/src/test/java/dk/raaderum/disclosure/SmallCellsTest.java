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

        // by hand: pairing hides b (10) for t1 and c (11) for t2; then a, b and c are solvable, and each hides the
        // first sum of its own that still has a shown member: a the total t1, b (t1 is all hidden) t2, c then t3
        assertThat(hidden).containsExactlyInAnyOrder("a", "b", "c", "t1", "t2", "t3");
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }

    private static SmallCells.Relation<String> sum(String total, String... parts) {
        return new SmallCells.Relation<>(total, List.of(parts));
    }

    @Test
    void four_persons_and_a_weighted_fraction_of_one_are_hidden_and_five_persons_are_shown() {
        Map<String, Double> t = table("total", 110.0, "small", 0.4, "almost", 4.99, "five", 5.0, "big", 99.61);

        Set<String> hidden = SmallCells.hidden(t, List.of(sum("total", "small", "almost", "five", "big")), 5, BY_NAME);

        // small and almost are under five: two hidden members, so the sum needs no complementary cell
        assertThat(hidden).containsExactlyInAnyOrder("small", "almost");
    }

    @Test
    void a_true_zero_beside_two_small_cells_stays_shown() {
        Map<String, Double> t = table("total", 30, "a", 3, "b", 4, "zero", 0, "c", 23);

        Set<String> hidden = SmallCells.hidden(t, List.of(sum("total", "a", "b", "zero", "c")), 5, BY_NAME);

        assertThat(hidden).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void two_small_cells_in_one_sum_protect_each_other_so_a_reader_subtracting_learns_only_their_sum() {
        Map<String, Double> t = table("total", 60, "a", 1, "b", 3, "c", 26, "d", 30);
        List<SmallCells.Relation<String>> sums = List.of(sum("total", "a", "b", "c", "d"));

        Set<String> hidden = SmallCells.hidden(t, sums, 5, BY_NAME);

        assertThat(hidden).containsExactlyInAnyOrder("a", "b");
        // by subtraction the reader gets a + b = 60 − 26 − 30 = 4, but neither alone
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
        assertThat(Attacker.recover(t, Set.of("a"), sums)).containsEntry("a", 1.0); // the attack it stops
    }

    @Test
    void between_equally_small_candidates_the_fixed_order_chooses_the_complementary_cell() {
        Map<String, Double> t = table("total", 40, "a", 2, "b", 19, "c", 19);
        List<SmallCells.Relation<String>> sums = List.of(sum("total", "a", "b", "c"));

        assertThat(SmallCells.hidden(t, sums, 5, BY_NAME)).containsExactlyInAnyOrder("a", "b");
        assertThat(SmallCells.hidden(t, sums, 5, BY_NAME.reversed())).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void the_smaller_of_two_candidates_is_hidden_whatever_the_order_says() {
        Map<String, Double> t = table("total", 40, "a", 2, "b", 20, "c", 18);

        assertThat(SmallCells.hidden(t, List.of(sum("total", "a", "b", "c")), 5, BY_NAME))
                .containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void a_landsdel_of_one_small_municipality_is_hidden_itself_and_the_region_and_its_other_landsdel_follow() {
        // Bornholm-like: landsdel L1 is the one municipality m1 (3 persons); region R1 = L1 + L2 = m1 + m3 + m4;
        // the country C = R1 + R2
        Map<String, Double> t = table("m1", 3, "m3", 25, "m4", 30, "m5", 50, "m6", 60, "L1", 3, "L2", 55,
                "L3", 110, "R1", 58, "R2", 110, "C", 168);
        List<SmallCells.Relation<String>> sums = List.of(sum("L1", "m1"), sum("L2", "m3", "m4"), sum("L3", "m5", "m6"),
                sum("R1", "L1", "L2"), sum("R2", "L3"), sum("C", "R1", "R2"), sum("R1", "m1", "m3", "m4"));

        Set<String> hidden = SmallCells.hidden(t, sums, 5, BY_NAME);

        // by hand: L1 = m1 has no other part, so the total L1 goes; R1 = L1 + L2 then has one hidden member, so L2;
        // R1 = m1 + m3 + m4 has one, so m3 (25 < 30); L2 = m3 + m4 now has two. The hidden cells can move as
        // (m1, L1, L2, m3) = (1, 1, −1, −1)·t without changing a shown sum: nothing can be solved.
        assertThat(hidden).containsExactlyInAnyOrder("m1", "L1", "L2", "m3");
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }

    @Test
    void a_small_month_is_protected_across_both_the_country_and_the_quarter() {
        // areas A and B, the country N = A + B, months 1-3 and the quarter Q = 1 + 2 + 3; A in month 1 is small
        Map<String, Double> t = table("A1", 2, "A2", 10, "A3", 12, "AQ", 24, "B1", 20, "B2", 30, "B3", 40, "BQ", 90,
                "N1", 22, "N2", 40, "N3", 52, "NQ", 114);
        List<SmallCells.Relation<String>> sums = List.of(sum("N1", "A1", "B1"), sum("N2", "A2", "B2"),
                sum("N3", "A3", "B3"), sum("NQ", "AQ", "BQ"), sum("AQ", "A1", "A2", "A3"), sum("BQ", "B1", "B2", "B3"),
                sum("NQ", "N1", "N2", "N3"));

        Set<String> hidden = SmallCells.hidden(t, sums, 5, BY_NAME);

        // by hand: N1 hides B1 (20 is its other part); AQ hides A2 (10 < 12); BQ hides B2 (30 < 40); then N2 = A2 + B2
        // has two. The four form a rectangle: adding t to A1 and B2 and taking it from A2 and B1 keeps every sum.
        assertThat(hidden).containsExactlyInAnyOrder("A1", "A2", "B1", "B2");
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }

    @Test
    void a_reader_solves_a_hidden_cell_whose_sum_has_every_other_member_shown() {
        List<SmallCells.Relation<String>> sums = List.of(sum("t", "a", "b"));

        assertThat(SmallCells.solvable(Set.of("a"), sums)).containsExactly("a");
        assertThat(SmallCells.solvable(Set.of("t"), sums)).containsExactly("t");
        assertThat(SmallCells.solvable(Set.of("a", "b"), sums)).isEmpty();
        assertThat(SmallCells.solvable(Set.of("a", "t"), sums)).isEmpty();
        assertThat(SmallCells.solvable(Set.of(), sums)).isEmpty();
    }

    @Test
    void a_reader_solves_every_cell_of_a_ring_of_three_sums_and_none_when_a_total_is_hidden_too() {
        List<SmallCells.Relation<String>> ring = List.of(sum("t1", "a", "b"), sum("t2", "b", "c"), sum("t3", "a", "c"));

        // a + b, b + c and a + c known: a = (t1 − t2 + t3) / 2 and so on
        assertThat(SmallCells.solvable(Set.of("a", "b", "c"), ring)).containsExactlyInAnyOrder("a", "b", "c");
        // with t1 unknown as well, three equations hold four unknowns, which move together as (a, b, c, t1) = (1, 1, −1, 2)·s
        assertThat(SmallCells.solvable(Set.of("a", "b", "c", "t1"), ring)).isEmpty();
    }

    @Test
    void two_sums_of_the_same_cells_in_opposite_roles_let_a_reader_solve_only_what_both_pin() {
        // t = a + b and a = t − b written as a second sum with a as its total: the same equation twice
        List<SmallCells.Relation<String>> sums = List.of(sum("t", "a", "b"), sum("a", "t", "x"));

        // t − a − b = 0 and a − t − x = 0 add up to b = −x: with x shown, b is solved; a and t move together
        assertThat(SmallCells.solvable(Set.of("a", "b", "t"), sums)).containsExactly("b");
    }

    @Test
    void a_sum_listed_before_the_one_that_hides_its_member_is_paired_on_the_next_pass() {
        // S = c + d comes first; only T = a + c + e, read after it, hides c (the smallest shown part of T)
        Map<String, Double> t = table("S", 41, "c", 6, "d", 35, "T", 58, "a", 2, "e", 50);
        List<SmallCells.Relation<String>> sums = List.of(sum("S", "c", "d"), sum("T", "a", "c", "e"));

        Set<String> hidden = SmallCells.hidden(t, sums, 5, BY_NAME);

        // by hand: T hides c (6 < 50); S then has one hidden member and hides d; a + c and c + d stay unknown
        assertThat(hidden).containsExactlyInAnyOrder("a", "c", "d");
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }

    @Test
    void three_sums_each_with_a_shown_part_of_its_own_get_one_more_cell_hidden_per_solvable_cell() {
        Map<String, Double> t = table("a", 2, "b", 10, "c", 11, "d1", 50, "d2", 60, "d3", 70, "t1", 62, "t2", 81,
                "t3", 83);
        List<SmallCells.Relation<String>> sums = List.of(sum("t1", "a", "b", "d1"), sum("t2", "b", "c", "d2"),
                sum("t3", "a", "c", "d3"));

        Set<String> hidden = SmallCells.hidden(t, sums, 5, BY_NAME);

        // by hand: pairing hides b (10 < 50) for t1 and c (11 < 60) for t2; a + b, b + c and a + c are then known,
        // so all three are solvable. a hides its first sum's smallest shown part d1; b finds t1's parts all hidden and
        // hides its total; c's first sum t2 still has d2. Then only a + c = t3 − d3 is known: nothing is solvable.
        assertThat(hidden).containsExactlyInAnyOrder("a", "b", "c", "d1", "t1", "d2");
        assertThat(Attacker.recover(t, hidden, sums)).isEmpty();
    }

    @Test
    void a_region_its_one_municipality_landsdel_and_the_municipality_hidden_together_cannot_be_solved() {
        // R1 = L1 + L2 = m1 + m3 + m4, L1 = m1, L2 = m3 + m4; with L2, m3 and m4 shown the reader knows
        // R1 − L1 = L2, R1 − m1 = m3 + m4 and L1 = m1: the first two say the same as the third, so R1, L1 and m1
        // can all move together
        List<SmallCells.Relation<String>> sums = List.of(sum("R1", "L1", "L2"), sum("R1", "m1", "m3", "m4"),
                sum("L1", "m1"), sum("L2", "m3", "m4"));

        assertThat(SmallCells.solvable(Set.of("R1", "L1", "m1"), sums)).isEmpty();
        // without the sum R1 = L1 + L2, R1 − m1 and L1 − m1 are known, still nothing alone
        assertThat(SmallCells.solvable(Set.of("R1", "L1", "m1"), sums.subList(1, 4))).isEmpty();
        // with R1 shown instead, m1 = R1 − m3 − m4, then L1 = m1 and L2 = m3 + m4: all three are solved; hiding m3 too
        // lets (m1, L1, L2, m3) move as (1, 1, −1, −1)·t
        assertThat(SmallCells.solvable(Set.of("L1", "L2", "m1"), sums)).containsExactly("L1", "L2", "m1");
        assertThat(SmallCells.solvable(Set.of("L1", "L2", "m1", "m3"), sums)).isEmpty();
    }
}
