package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.raaderum.disclosure.Attacker;
import dk.raaderum.disclosure.SmallCells;
import dk.raaderum.progression.ProgressionAggregate.Figures;

class ProgressionAggregateTest {

    private static final List<Dimension> DIMENSIONS = List.of(new Dimension("a", "A"), new Dimension("b", "B"));

    private static ProgressionAggregate.Member member(String group, Map<String, Integer> change) {
        return new ProgressionAggregate.Member(group, new CitizenChange(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 8, 1), null, change));
    }

    /** Team A: 4 citizens; B: 6; C: 7, three of them also assessed on dimension b (with the same change as a). */
    private static List<ProgressionAggregate.Member> members() {
        List<ProgressionAggregate.Member> m = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            m.add(member("A", Map.of("a", 1)));
        }
        for (int a : new int[] {1, 1, 0, 0, -1, 1}) {
            m.add(member("B", Map.of("a", a)));
        }
        for (int a : new int[] {2, 1, 1}) {
            m.add(member("C", Map.of("a", a)));
        }
        for (int a : new int[] {0, 0, 0}) {
            m.add(member("C", Map.of("a", a, "b", a)));
        }
        m.add(member("C", Map.of("a", -1)));
        return m;
    }

    @Test
    void a_group_of_four_is_withheld_with_the_smallest_other_group_so_the_total_cannot_reveal_it() {
        ProgressionAggregate.Table t = ProgressionAggregate.of(members(), List.of("A", "B", "C"), DIMENSIONS);

        Figures a = t.groups().get(0);
        Figures b = t.groups().get(1);
        Figures c = t.groups().get(2);
        assertThat(a.suppressed()).isTrue();
        assertThat(a.citizens()).isNull();
        assertThat(a.meanChange()).isNull();
        assertThat(b.suppressed()).as("B (6) is the smallest group shown, so it is withheld too").isTrue();
        assertThat(c.suppressed()).isFalse();
        assertThat(c.citizens()).isEqualTo(7);
        // C: changes 2, 1, 1, 0, 0, 0, −1 → mean 3/7; 3 of 7 rose
        assertThat(c.meanChange()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(c.shareWithProgress()).isCloseTo(300.0 / 7, within(1e-9));
        // total: 17 citizens, sum of changes 4 + 2 + 3 = 9
        assertThat(t.total().citizens()).isEqualTo(17);
        assertThat(t.total().meanChange()).isCloseTo(9.0 / 17, within(1e-12));

        // a reader who knows the total and the shown group solves for nothing (independent Gauss–Jordan attacker)
        Map<String, Double> counts = new HashMap<>(Map.of("total", 17.0, "C", 7.0));
        counts.put("A", null);
        counts.put("B", null);
        List<SmallCells.Relation<String>> sums = List.of(new SmallCells.Relation<>("total", List.of("A", "B", "C")));
        assertThat(Attacker.recover(counts, Set.of("A", "B"), sums)).isEmpty();
        Map<String, Double> sumsOfChanges = new HashMap<>(Map.of("total", 9.0, "C", 3.0));
        sumsOfChanges.put("A", null);
        sumsOfChanges.put("B", null);
        assertThat(Attacker.recover(sumsOfChanges, Set.of("A", "B"), sums)).isEmpty();
    }

    @Test
    void a_dimension_assessed_for_fewer_than_five_is_withheld_in_the_group_and_in_the_total() {
        ProgressionAggregate.Table t = ProgressionAggregate.of(members(), List.of("A", "B", "C"), DIMENSIONS);

        Figures c = t.groups().get(2);
        assertThat(c.dimensions().get("a")).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(c.dimensions().get("b")).as("b was assessed for 3 of C's citizens").isNull();
        assertThat(c.suppressedDimensions()).contains("b");
        assertThat(t.total().suppressedDimensions()).contains("b");
        assertThat(t.total().dimensions().get("b")).isNull();
        assertThat(t.total().dimensions().get("a")).isCloseTo(9.0 / 17, within(1e-12));
    }

    @Test
    void the_interval_of_a_shown_group_is_the_t_interval_of_its_citizens_mean_changes() {
        Figures c = ProgressionAggregate.of(members(), List.of("A", "B", "C"), DIMENSIONS).groups().get(2);

        // values 2, 1, 1, 0, 0, 0, −1: mean 3/7, s² = (40/7)/6 = 0.952381, se = √(0.952381/7) = 0.368856,
        // t(0.975, 6 df) = 2.4469 from the table → half-width 0.90256
        assertThat(c.interval().lower()).isCloseTo(3.0 / 7 - 0.90256, within(1e-4));
        assertThat(c.interval().upper()).isCloseTo(3.0 / 7 + 0.90256, within(1e-4));
    }

    @Test
    void fewer_than_five_citizens_in_all_hides_everything() {
        List<ProgressionAggregate.Member> few = members().subList(0, 4);
        ProgressionAggregate.Table t = ProgressionAggregate.of(few, List.of("A"), DIMENSIONS);
        assertThat(t.total().suppressed()).isTrue();
        assertThat(t.groups()).allMatch(Figures::suppressed);
    }

    @Test
    void groups_without_members_are_left_out_and_an_empty_table_has_a_true_zero() {
        ProgressionAggregate.Table t = ProgressionAggregate.of(List.of(), List.of("A", "B"), DIMENSIONS);
        assertThat(t.groups()).isEmpty();
        assertThat(t.total().citizens()).isZero();
        assertThat(t.total().meanChange()).isNull();
    }
}
