package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial sums over disjoint persons (threads, Spark partitions) add up to the sums over all, figure by figure,
 * with values worked out by hand; and the edges of the tables and sums that only long runs reach.
 */
class PartialSumsTest {

    private final RulesTable rules = RulesTable.defaults();
    private final RateTable rates = RateTable.defaults();

    @TempDir
    Path folder;

    private static int w(String week) {
        return IsoWeek.parse(week).index();
    }

    private int benefit(String code) {
        return rules.find(code).orElseThrow().index();
    }

    /** Person A: KTH-A 2024-W10 … W13 in 575 (4 weeks of 1,000 kr, all March), then gone. */
    private void personA(GroupAccumulator groups) {
        groups.startPerson();
        for (int i = 0; i < 4; i++) {
            groups.add(w("2024-W10") + i, 575, benefit("KTH-A"), 1000, 1);
        }
    }

    /** Person B: KTH-J 2024-W11 … W12 in 575 at 500 kr in tier 4, then SDP 2024-W13 in 101. */
    private void personB(GroupAccumulator groups) {
        groups.startPerson();
        groups.add(w("2024-W11"), 575, benefit("KTH-J"), 500, 4);
        groups.add(w("2024-W12"), 575, benefit("KTH-J"), 500, 4);
        groups.add(w("2024-W13"), 101, benefit("SDP"), 2000, 2);
    }

    private GroupAccumulator accumulator() {
        return new GroupAccumulator(rules, w("2024-W01"), w("2024-W52"));
    }

    private static GroupFigures find(List<GroupFigures> figures, int municipality, String group, int month) {
        return figures.stream().filter(f -> f.municipality() == municipality && f.group().equals(group)
                && f.month() == 2024 * 12 + month - 1).findFirst().orElseThrow();
    }

    @Test
    void group_figures_of_two_persons_are_worked_out_and_add_up_from_two_partial_accumulators() {
        GroupAccumulator whole = accumulator();
        personA(whole);
        personB(whole);
        GroupAccumulator a = accumulator();
        personA(a);
        GroupAccumulator b = accumulator();
        personB(b);
        GroupAccumulator merged = accumulator();
        a.cells().forEach(merged::add);
        b.cells().forEach(merged::add);

        for (List<GroupFigures> figures : List.of(whole.figures(), merged.figures())) {
            // Kontanthjælp in 575, March 2024 (21 weekdays): A 20 weekdays, B 10 weekdays
            GroupFigures kth = find(figures, 575, "Kontanthjælp", 3);
            assertThat(kth.persons()).isEqualTo(2);
            assertThat(kth.fullTimePersons()).isCloseTo(30.0 / 21, within(1e-12));
            assertThat(kth.grossDkk()).isCloseTo(4 * 1000 + 2 * 500, within(1e-9));
            assertThat(kth.municipalDkk()).isCloseTo(4 * 1000 * 0.2 + 2 * 500 * 0.8, within(1e-9));
            assertThat(kth.stateDkk()).isCloseTo(4 * 1000 * 0.8 + 2 * 500 * 0.2, within(1e-9));
            assertThat(kth.municipalByTier()[1]).isCloseTo(800, within(1e-9));
            assertThat(kth.municipalByTier()[4]).isCloseTo(800, within(1e-9));
            assertThat(kth.tierWeeks()[1]).isEqualTo(4.0);
            assertThat(kth.tierWeeks()[4]).isEqualTo(2.0);
            assertThat(kth.tier4FullTime()).isCloseTo(10.0 / 21, within(1e-12));
            assertThat(kth.inflow()).isEqualTo(2);
            // A's spell ends in 2024-W13 (Thursday 28 March), B's in 2024-W12
            assertThat(kth.outflow()).isEqualTo(2);
            assertThat(kth.followedUp()).isEqualTo(2);
            assertThat(kth.selfSupporting()).isEqualTo(2);
            // B moved to 101 on sickness benefit: a new spell there, and one spell of public support in all
            GroupFigures sdp = find(figures, 101, "Sygedagpenge", 3);
            assertThat(sdp.persons()).isEqualTo(1);
            assertThat(sdp.inflow()).isEqualTo(1);
            assertThat(sdp.municipalDkk()).isCloseTo(2000 * 0.6, within(1e-9));
            assertThat(find(figures, 575, GroupAccumulator.ALL, 3).persons()).isEqualTo(2);
            assertThat(find(figures, 575, GroupAccumulator.ALL, 3).inflow()).isEqualTo(2);
            assertThat(find(figures, 575, GroupAccumulator.ALL, 3).outflow()).isEqualTo(1);
            assertThat(find(figures, 101, GroupAccumulator.ALL, 3).outflow()).isEqualTo(1);
        }
        assertThat(whole.groups()).contains("Kontanthjælp", GroupAccumulator.ALL).hasSize(14);
    }

    @Test
    void group_cells_add_only_with_cells_of_the_same_key() {
        GroupAccumulator a = accumulator();
        personA(a);
        List<GroupCell> cells = a.cells();
        GroupCell first = cells.get(0);
        GroupCell doubled = first.plus(first);
        assertThat(doubled.key()).isEqualTo(first.key());
        assertThat(doubled.municipality()).isEqualTo(575);
        assertThat(doubled.persons).isEqualTo(2 * first.persons);
        assertThat(doubled.gross).isEqualTo(2 * first.gross);
        assertThat(doubled.weekdays).isEqualTo(2 * first.weekdays);
        assertThat(first.key()).isEqualTo((575L << 40) | ((long) first.month() << 8) | first.group());
        assertThatThrownBy(() -> first.plus(cells.get(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void several_spells_waiting_for_their_follow_up_week_are_resolved_each_on_its_own() {
        GroupAccumulator groups = accumulator();
        groups.startPerson();
        // three short spells on different groups, each ended by the next; follow-ups 26 weeks after each end
        groups.add(w("2024-W02"), 575, benefit("SDP"), 100, 1);
        groups.add(w("2024-W03"), 575, benefit("ADP"), 100, 1);
        groups.add(w("2024-W04"), 575, benefit("KTH-J"), 100, 1);
        groups.add(w("2024-W05"), 575, benefit("LTS"), 100, 0);
        // support again exactly in week 2024-W03 + 26 = 2024-W29 (the ADP spell's follow-up): not self-supporting;
        // the SDP spell's follow-up 2024-W28 had no row: self-supporting
        groups.add(w("2024-W29"), 575, benefit("LTS"), 100, 0);
        List<GroupFigures> figures = groups.figures();
        assertThat(find(figures, 575, "Sygedagpenge", 1).selfSupporting()).isEqualTo(1);
        assertThat(find(figures, 575, "A-dagpenge", 1).followedUp()).isEqualTo(1);
        assertThat(find(figures, 575, "A-dagpenge", 1).selfSupporting()).isZero();
        // the KTH-J spell ended in W04; its follow-up W30 had no row (the person's rows end at W29)
        assertThat(find(figures, 575, "Kontanthjælp", 1).selfSupporting()).isEqualTo(1);
    }

    @Test
    void compensated_sums_keep_small_amounts_next_to_large_ones() {
        MonthlyCell cell = new MonthlyCell(0, 0, 0);
        cell.addAmount(1, 1e16);
        cell.addAmount(1, 1.0);
        cell.addAmount(1, -1e16);
        assertThat(cell.amount(1)).isEqualTo(1.0); // a plain sum gives 0
        MonthlyCell other = new MonthlyCell(0, 0, 0);
        other.addAmount(1, 1.0);
        other.weekdays[1] = 3;
        other.pricedWeekdays[4] = 2;
        MonthlyCell sum = cell.plus(other);
        assertThat(sum.amount(1)).isEqualTo(2.0);
        assertThat(sum.weekdays[1]).isEqualTo(3);
        assertThat(sum.pricedWeekdays[4]).isEqualTo(2);
        assertThat(sum.allWeekdays()).isEqualTo(3);
        assertThat(cell.amount(1)).as("plus leaves its operands alone").isEqualTo(1.0);
    }

    @Test
    void merged_aggregators_keep_explicit_amounts_rate_priced_weeks_and_tiers_apart() {
        int first = w("2024-W10");
        RegisterAggregator a = new RegisterAggregator(rules, rates, first, first + 4);
        RegisterAggregator b = new RegisterAggregator(rules, rates, first, first + 4);
        a.add(first, 575, benefit("SDP"), 1000, 3);
        b.add(first, 575, benefit("SDP"), Double.NaN, 3);
        b.add(first + 1, 575, benefit("SDP"), 250, 4);
        RegisterAggregator merged = new RegisterAggregator(rules, rates, first, first + 4);
        a.cells().forEach(merged::add);
        b.cells().forEach(merged::add);
        MonthlyRow march = merged.rows().get(0);
        double sdp2024 = rates.weekly("SDP", 2024).orElseThrow();
        assertThat(march.personWeeks()).isEqualTo(3.0);
        assertThat(march.grossDkk()).isCloseTo(1000 + sdp2024 + 250, within(1e-9));
        assertThat(march.municipalDkk()).isCloseTo((1000 + sdp2024) * 0.7 + 250 * 0.8, within(1e-9));
        assertThat(march.tier3Weeks()).isEqualTo(2.0);
        assertThat(march.tier4Weeks()).isEqualTo(1.0);
    }

    @Test
    void a_person_supported_for_more_weeks_than_the_ring_holds_still_restarts_after_52_weeks() {
        PersonLedger ledger = new PersonLedger();
        ledger.startPerson();
        int start = w("2015-W01");
        for (int i = 0; i < 400; i++) { // 400 covered weeks in a row: far more than the 256 kept
            ledger.nextTier(start + i, true);
        }
        assertThat(ledger.count()).isEqualTo(400);
        assertThat(ledger.nextTier(start + 400 + 51, true)).isEqualTo(4); // 51 weeks of self-support
        assertThat(ledger.count()).isEqualTo(401);
        assertThat(ledger.nextTier(start + 451 + 53, true)).isEqualTo(1); // 52 weeks of self-support
    }

    @Test
    void same_priority_benefits_are_told_apart_by_municipality_then_amount_then_rules_order() throws IOException {
        Path file = folder.resolve("rules.csv");
        Files.writeString(file, """
                code;benefit;group;scheme;priority
                AAA;ydelse a;Gruppe;refusion;1
                BBB;ydelse b;Gruppe;none;1
                """);
        RulesTable twins = RulesTable.read(file);
        int first = w("2024-W10");
        RegisterAggregator aggregator = new RegisterAggregator(twins, rates, first, first + 3);
        java.util.List<String> kept = new java.util.ArrayList<>();
        RegisterReplay replay = new RegisterReplay(twins, rates, first, first + 3, aggregator, null,
                (week, municipality, benefit, amount, count, tier) -> kept.add(municipality + " "
                        + twins.get(benefit).code() + " " + amount));
        replay.startPerson();
        replay.add(first, 575, 1, 100);   // BBB in 575
        replay.add(first, 101, 1, 900);   // BBB in 101: lower municipality wins
        replay.add(first + 1, 575, 1, 100);
        replay.add(first + 1, 575, 0, 100); // same municipality and amount: AAA comes first in the rules
        replay.add(first + 2, 575, 0, 300);
        replay.add(first + 2, 575, 1, 200); // same municipality: the lower amount wins
        replay.finish();
        assertThat(kept).containsExactly("101 BBB 900.0", "575 AAA 100.0", "575 BBB 200.0");
        assertThat(replay.dropped()).isEqualTo(3);
    }

    @Test
    void rules_and_rate_files_with_faults_name_the_line_and_field() throws IOException {
        Path rulesFile = folder.resolve("r.csv");
        Files.writeString(rulesFile, "code;benefit;group;scheme;priority\nAAA;a;G;refusion;x\n");
        assertThatThrownBy(() -> RulesTable.read(rulesFile)).hasMessageContaining("linje 2").hasMessageContaining("priority");
        Files.writeString(rulesFile, "code;benefit;group;scheme;priority\nAAA;a;G;refusion;1\nAAA;b;G;none;2\n");
        assertThatThrownBy(() -> RulesTable.read(rulesFile)).hasMessageContaining("linje 3").hasMessageContaining("code");
        Files.writeString(rulesFile, "code;benefit;group;scheme;priority\nAAA;a;G;maybe;1\n");
        assertThatThrownBy(() -> RulesTable.read(rulesFile)).hasMessageContaining("linje 2").hasMessageContaining("scheme");
        Path ratesFile = folder.resolve("rates.csv");
        Files.writeString(ratesFile, "benefit;year;monthly_dkk\nSDP;2024;100\nSDP;20x4;100\n");
        assertThatThrownBy(() -> RateTable.read(ratesFile)).hasMessageContaining("linje 3").hasMessageContaining("year");
        Files.writeString(ratesFile, "benefit;year;monthly_dkk\nSDP;2024;-1\n");
        assertThatThrownBy(() -> RateTable.read(ratesFile)).hasMessageContaining("linje 2").hasMessageContaining("monthly_dkk");
        Files.writeString(ratesFile, "benefit;year;monthly_dkk\nSDP;2024;52\n");
        assertThat(RateTable.read(ratesFile).weekly("SDP", 2024)).hasValue(12.0);
        Files.writeString(ratesFile, "benefit;year\n");
        assertThatThrownBy(() -> RateTable.read(ratesFile)).hasMessageContaining("linje 1");
        assertThat(rules.all().stream().sorted(Comparator.comparing(BenefitRule::priority)).findFirst().orElseThrow()
                .code()).isEqualTo("SDP");
    }
}
