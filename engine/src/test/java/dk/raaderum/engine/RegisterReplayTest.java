package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Collisions, the ledger and the aggregate together, as both the DuckDB path and the Spark job run them. */
class RegisterReplayTest {

    private static final double NO_AMOUNT = Double.NaN;

    private final RulesTable rules = RulesTable.defaults();
    private final RateTable rates = RateTable.defaults();
    private final List<String> kept = new ArrayList<>();
    private RegisterAggregator aggregator;

    private int benefit(String code) {
        return rules.find(code).orElseThrow().index();
    }

    private static int w(String week) {
        return IsoWeek.parse(week).index();
    }

    private RegisterReplay replay(String from, String to) {
        aggregator = new RegisterAggregator(rules, rates, w(from), w(to));
        return new RegisterReplay(rules, rates, w(from), w(to), aggregator, null,
                (week, municipality, benefit, amount, count, tier) -> kept.add(IsoWeek.ofIndex(week) + " "
                        + municipality + " " + rules.get(benefit).code() + " " + amount + " " + count + " " + tier));
    }

    @Test
    void a_same_week_collision_keeps_the_highest_priority_whatever_the_order_of_the_rows() {
        for (boolean sicknessFirst : new boolean[] {true, false}) {
            kept.clear();
            RegisterReplay replay = replay("2024-W10", "2024-W10");
            replay.startPerson();
            int week = w("2024-W10");
            if (sicknessFirst) {
                replay.add(week, 101, benefit("SDP"), 900);
                replay.add(week, 101, benefit("KTH-A"), 500);
            } else {
                replay.add(week, 101, benefit("KTH-A"), 500);
                replay.add(week, 101, benefit("SDP"), 900);
            }
            replay.finish();
            // SDP has priority 1, KTH-A priority 4
            assertThat(kept).containsExactly("2024-W10 101 SDP 900.0 1 1");
            assertThat(replay.dropped()).isEqualTo(1);
            assertThat(replay.kept()).isEqualTo(1);
        }
    }

    @Test
    void between_rows_of_equal_priority_the_lowest_municipality_then_the_lowest_amount_is_kept() {
        RegisterReplay replay = replay("2024-W10", "2024-W11");
        replay.startPerson();
        replay.add(w("2024-W10"), 751, benefit("KTH-A"), 100);
        replay.add(w("2024-W10"), 575, benefit("KTH-A"), 900);
        replay.add(w("2024-W11"), 575, benefit("KTH-A"), 900);
        replay.add(w("2024-W11"), 575, benefit("KTH-A"), 300);
        replay.add(w("2024-W11"), 575, benefit("KTH-A"), NO_AMOUNT); // the 2024 rate, 2838.92 kr, is higher
        replay.finish();
        assertThat(kept).containsExactly("2024-W10 575 KTH-A 900.0 1 1", "2024-W11 575 KTH-A 300.0 2 1");
        assertThat(replay.dropped()).isEqualTo(3);
    }

    @Test
    void weeks_going_back_within_a_person_are_refused() {
        RegisterReplay replay = replay("2024-W10", "2024-W12");
        replay.startPerson();
        replay.add(w("2024-W12"), 575, benefit("SDP"), 1);
        assertThatThrownBy(() -> replay.add(w("2024-W11"), 575, benefit("SDP"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * 60 covered weeks of kontanthjælp at 1,000 kr: weeks 1-4 at 20 %, 5-26 at 60 %, 27-52 at 70 %, 53-60 at
     * 80 % municipal: 4·200 + 22·600 + 26·700 + 8·800 = 800 + 13,200 + 18,200 + 6,400 = 38,600 kr.
     */
    @Test
    void a_long_spell_reaches_tier_4_from_week_53_at_80_percent() {
        RegisterReplay replay = replay("2023-W01", "2024-W52");
        replay.startPerson();
        int first = w("2023-W01");
        for (int i = 0; i < 60; i++) {
            replay.add(first + i, 575, benefit("KTH-A"), 1000);
        }
        replay.finish();
        assertThat(kept.get(51)).endsWith(" 52 3");
        assertThat(kept.get(52)).startsWith("2024-W01").endsWith(" 53 4");
        List<MonthlyRow> rows = aggregator.rows();
        assertThat(rows.stream().mapToDouble(MonthlyRow::municipalDkk).sum()).isCloseTo(38_600, within(1e-6));
        assertThat(rows.stream().mapToDouble(MonthlyRow::stateDkk).sum()).isCloseTo(60_000 - 38_600, within(1e-6));
        assertThat(rows.stream().mapToDouble(MonthlyRow::tier4Weeks).sum()).isCloseTo(8, within(1e-12));
        assertThat(rows.stream().mapToDouble(MonthlyRow::tier3Weeks).sum()).isCloseTo(26, within(1e-12));
        assertThat(rows.stream().mapToDouble(MonthlyRow::tier2Weeks).sum()).isCloseTo(22, within(1e-12));
        assertThat(rows.stream().mapToDouble(MonthlyRow::tier1Weeks).sum()).isCloseTo(4, within(1e-12));
    }

    @Test
    void the_count_follows_a_person_through_week_53_and_a_move_and_each_week_costs_its_own_municipality() {
        RegisterReplay replay = replay("2020-W50", "2021-W10");
        replay.startPerson();
        int first = w("2020-W50");
        for (int i = 0; i < 10; i++) { // 2020-W50 … 2021-W06, through 2020-W53
            replay.add(first + i, i < 4 ? 575 : 751, benefit("SDP"), 1000);
        }
        replay.finish();
        assertThat(kept.get(3)).isEqualTo("2020-W53 575 SDP 1000.0 4 1");
        assertThat(kept.get(4)).isEqualTo("2021-W01 751 SDP 1000.0 5 2");
        double vejen = aggregator.rows().stream().filter(r -> r.municipality() == 575)
                .mapToDouble(MonthlyRow::municipalDkk).sum();
        double aarhus = aggregator.rows().stream().filter(r -> r.municipality() == 751)
                .mapToDouble(MonthlyRow::municipalDkk).sum();
        assertThat(vejen).isCloseTo(4 * 200, within(1e-9));
        assertThat(aarhus).isCloseTo(6 * 600, within(1e-9));
    }

    @Test
    void each_person_starts_at_zero_and_rate_priced_weeks_cost_the_rate() {
        RegisterReplay replay = replay("2024-W10", "2024-W20");
        for (int person = 0; person < 3; person++) {
            replay.startPerson();
            replay.add(w("2024-W10") + person, 575, benefit("KTH-A"), NO_AMOUNT);
            replay.add(w("2024-W11") + person, 575, benefit("LTS"), 0);
        }
        replay.finish();
        double rate = 12302.0 * 12 / 52;
        assertThat(kept).hasSize(6).allMatch(k -> k.endsWith(" 1 1") || k.endsWith(" 0 0"));
        assertThat(kept.get(0)).startsWith("2024-W10 575 KTH-A " + rate);
        assertThat(replay.persons()).isEqualTo(3);
        assertThat(aggregator.rows().stream().filter(r -> r.benefit().equals("KTH-A"))
                .mapToDouble(MonthlyRow::grossDkk).sum()).isCloseTo(3 * rate, within(1e-9));
    }

    @Test
    void the_group_figures_see_the_kept_weeks_with_their_tiers() {
        int first = w("2024-W01");
        aggregator = new RegisterAggregator(rules, rates, first, first + 9);
        GroupAccumulator groups = new GroupAccumulator(rules, first, first + 9);
        RegisterReplay replay = new RegisterReplay(rules, rates, first, first + 9, aggregator, groups, null);
        replay.startPerson();
        for (int i = 0; i < 6; i++) {
            replay.add(first + i, 575, benefit("KTH-A"), 1000);
            replay.add(first + i, 575, benefit("OTH"), 1);  // dropped: lower priority
        }
        replay.finish();
        // weeks 1-4 in tier 1 (200 kr each), 5-6 in tier 2 (600 kr each)
        double tier1 = groups.figures().stream().filter(f -> f.group().equals("Kontanthjælp"))
                .mapToDouble(f -> f.municipalByTier()[1]).sum();
        double tier2 = groups.figures().stream().filter(f -> f.group().equals("Kontanthjælp"))
                .mapToDouble(f -> f.municipalByTier()[2]).sum();
        assertThat(tier1).isCloseTo(800, within(1e-9));
        assertThat(tier2).isCloseTo(1200, within(1e-9));
        assertThat(groups.figures()).noneMatch(f -> f.group().equals("Øvrige"));
    }
}
