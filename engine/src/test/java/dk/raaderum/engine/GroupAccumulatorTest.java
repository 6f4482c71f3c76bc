package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Spells, persons and the 26-week follow-up, on hand-made persons. */
class GroupAccumulatorTest {

    private final RulesTable rules = RulesTable.defaults();
    private final GroupAccumulator groups = new GroupAccumulator(rules, w("2024-W01"), w("2025-W52"));

    private static int w(String week) {
        return IsoWeek.parse(week).index();
    }

    private void weeks(String first, int count, String benefit, int tier) {
        for (int i = 0; i < count; i++) {
            groups.add(w(first) + i, 575, rules.find(benefit).orElseThrow().index(), 1000, tier);
        }
    }

    private GroupFigures figure(String group, int year, int month) {
        List<GroupFigures> all = groups.figures();
        return all.stream().filter(f -> f.group().equals(group) && f.month() == year * 12 + month - 1)
                .findFirst().orElseThrow(() -> new AssertionError("no " + group + " " + year + "-" + month + " in " + all));
    }

    @Test
    void a_sickness_spell_counts_one_inflow_one_outflow_and_is_followed_up_26_weeks_after_it_ends() {
        groups.startPerson();
        weeks("2024-W10", 10, "SDP", 1); // Monday 4 March to the week of Thursday 9 May
        GroupFigures march = figure("Sygedagpenge", 2024, 3);
        GroupFigures may = figure("Sygedagpenge", 2024, 5);
        assertThat(march.inflow()).isEqualTo(1);
        assertThat(march.persons()).isEqualTo(1);
        assertThat(may.outflow()).isEqualTo(1);
        assertThat(may.followedUp()).isEqualTo(1);
        assertThat(may.selfSupporting()).isEqualTo(1);
    }

    @Test
    void support_exactly_26_weeks_after_the_end_is_not_self_support() {
        groups.startPerson();
        weeks("2024-W10", 3, "ADP", 1);       // ends 2024-W12 (Thursday 21 March)
        weeks("2024-W38", 1, "OTH", 0);       // 2024-W12 + 26 = 2024-W38
        GroupFigures march = figure("A-dagpenge", 2024, 3);
        assertThat(march.followedUp()).isEqualTo(1);
        assertThat(march.selfSupporting()).isZero();
    }

    @Test
    void moving_from_dagpenge_to_kontanthjaelp_ends_one_spell_and_starts_another() {
        groups.startPerson();
        weeks("2024-W10", 3, "ADP", 1);
        weeks("2024-W13", 8, "KTH-J", 1);
        assertThat(figure("A-dagpenge", 2024, 3).outflow()).isEqualTo(1);
        assertThat(figure("Kontanthjælp", 2024, 3).inflow()).isEqualTo(1);
        // the dagpenge spell's week 26 (2024-W38) has no row: self-supporting then
        assertThat(figure("A-dagpenge", 2024, 3).selfSupporting()).isEqualTo(1);
    }

    @Test
    void moving_between_benefits_without_a_gap_is_one_spell_of_public_support() {
        groups.startPerson();
        weeks("2024-W10", 3, "ADP", 1);
        weeks("2024-W13", 8, "KTH-J", 1);   // ends 2024-W20 (Thursday 16 May)
        GroupFigures all = figure(GroupAccumulator.ALL, 2024, 3);
        assertThat(all.inflow()).isEqualTo(1);
        assertThat(all.outflow()).isZero();
        assertThat(figure(GroupAccumulator.ALL, 2024, 5).outflow()).isEqualTo(1);
        assertThat(figure(GroupAccumulator.ALL, 2024, 5).selfSupporting()).isEqualTo(1);
    }

    @Test
    void spells_cut_by_the_edges_of_the_register_are_neither_inflow_nor_outflow() {
        groups.startPerson();
        weeks("2024-W01", 3, "FTP", 1);
        groups.startPerson();
        weeks("2025-W50", 3, "FTP", 1);
        assertThat(figure("Førtidspension", 2024, 1).inflow()).isZero();
        assertThat(figure("Førtidspension", 2025, 12).inflow()).isEqualTo(1);
        assertThat(groups.figures().stream().filter(f -> f.group().equals("Førtidspension"))
                .mapToLong(GroupFigures::outflow).sum()).isEqualTo(1);
    }

    @Test
    void a_person_is_counted_once_a_month_and_kroner_are_split_by_tier() {
        groups.startPerson();
        weeks("2024-W10", 4, "KTH-A", 1);
        weeks("2024-W14", 1, "KTH-A", 2); // Monday 1 April
        GroupFigures march = figure("Kontanthjælp", 2024, 3);
        assertThat(march.persons()).isEqualTo(1);
        assertThat(march.municipalByTier()[1]).isEqualTo(4 * 1000 * 0.2);
        assertThat(figure("Kontanthjælp", 2024, 4).municipalByTier()[2]).isEqualTo(1000 * 0.6);
        assertThat(march.tierWeeks()[1]).isEqualTo(4.0);
    }
}
