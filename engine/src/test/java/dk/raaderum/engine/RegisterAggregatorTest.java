package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Monthly aggregates of spec § 5, hand-worked. */
class RegisterAggregatorTest {

    private static final double NO_AMOUNT = Double.NaN;

    private final RulesTable rules = RulesTable.defaults();
    private final RateTable rates = RateTable.defaults();

    private int benefit(String code) {
        return rules.find(code).orElseThrow().index();
    }

    private static int w(String week) {
        return IsoWeek.parse(week).index();
    }

    @Test
    void a_week_across_a_month_boundary_is_split_by_weekdays_and_priced_by_tier() {
        int w05 = w("2024-W05"); // Monday 29 January: 3 weekdays in January, 2 in February
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, w05, w05);
        double weekly = 12000.0 * 12 / 52;
        aggregator.add(w05, 575, benefit("KTH-A"), weekly, 1);

        List<MonthlyRow> rows = aggregator.rows();
        assertThat(rows).extracting(MonthlyRow::month).containsExactly("2024-01", "2024-02");
        MonthlyRow january = rows.get(0);
        assertThat(january.personWeeks()).isEqualTo(0.6);
        assertThat(january.fullTimePersons()).isCloseTo(3.0 / 23, within(1e-12)); // January 2024 has 23 weekdays
        assertThat(january.grossDkk()).isCloseTo(weekly * 0.6, within(1e-9));
        assertThat(january.municipalDkk()).isCloseTo(weekly * 0.6 * 0.2, within(1e-9));
        assertThat(january.stateDkk()).isCloseTo(weekly * 0.6 * 0.8, within(1e-9));
        assertThat(january.tier1Weeks()).isEqualTo(0.6);
        assertThat(rows.get(1).personWeeks()).isEqualTo(0.4);
        assertThat(rows.get(1).fullTimePersons()).isCloseTo(2.0 / 21, within(1e-12)); // February 2024: 21
    }

    @Test
    void each_tier_has_the_municipal_share_of_the_law() {
        int w10 = w("2024-W10"); // 4-8 March, all in March
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, w10, w10);
        for (int tier = 1; tier <= 4; tier++) {
            aggregator.add(w10, 101 + tier, benefit("SDP"), 1000, tier);
        }
        List<MonthlyRow> rows = aggregator.rows();
        // one week of 1000 kr in each tier: municipal 20/60/70/80 %, the state the rest
        double[] municipal = {200, 600, 700, 800};
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i).municipalDkk()).as("tier %d", i + 1).isCloseTo(municipal[i], within(1e-9));
            assertThat(rows.get(i).stateDkk()).as("tier %d", i + 1).isCloseTo(1000 - municipal[i], within(1e-9));
        }
        assertThat(rows.get(3).tier4Weeks()).isEqualTo(1.0);
        assertThat(rows.get(3).tier3Weeks()).isZero();
        assertThat(rows.get(2).tier3Weeks()).isEqualTo(1.0);
        assertThat(rows.get(1).tier2Weeks()).isEqualTo(1.0);
    }

    @Test
    void support_outside_the_rules_has_gross_but_no_municipal_or_state_cost_and_no_tier() {
        int w10 = w("2024-W10");
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, w10, w10);
        aggregator.add(w10, 101, benefit("LTS"), 1000, 0);
        MonthlyRow row = aggregator.rows().get(0);
        assertThat(row.grossDkk()).isEqualTo(1000.0);
        assertThat(row.personWeeks()).isEqualTo(1.0);
        assertThat(row.municipalDkk()).isZero();
        assertThat(row.stateDkk()).isZero();
        assertThat(row.tier1Weeks() + row.tier2Weeks() + row.tier3Weeks() + row.tier4Weeks()).isZero();
    }

    @Test
    void a_week_without_an_amount_costs_the_rate_of_its_iso_week_year() {
        // 2025-W01 runs Monday 30 December 2024 to Friday 3 January 2025: 2 weekdays in December 2024, 3 in
        // January 2025, all priced at the 2025 rate (the ISO week-year), not the 2024 one
        int week = w("2025-W01");
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, week, week);
        aggregator.add(week, 575, benefit("KTH-A"), NO_AMOUNT, 1);
        double rate2025 = rates.weekly("KTH-A", 2025).orElseThrow();
        assertThat(rate2025).isNotEqualTo(rates.weekly("KTH-A", 2024).orElseThrow());
        List<MonthlyRow> rows = aggregator.rows();
        assertThat(rows).extracting(MonthlyRow::month).containsExactly("2024-12", "2025-01");
        assertThat(rows.get(0).grossDkk()).isCloseTo(rate2025 * 2 / 5, within(1e-9));
        assertThat(rows.get(1).grossDkk()).isCloseTo(rate2025 * 3 / 5, within(1e-9));
    }

    @Test
    void week_53_belongs_to_its_own_iso_year_and_splits_over_december_and_january() {
        // 2020-W53: Monday 28 December 2020 to Friday 1 January 2021: 4 weekdays in December, 1 in January
        int w53 = w("2020-W53");
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, w53, w53);
        aggregator.add(w53, 751, benefit("ADP"), NO_AMOUNT, 1);
        double rate2020 = rates.weekly("ADP", 2020).orElseThrow();
        List<MonthlyRow> rows = aggregator.rows();
        assertThat(rows).extracting(MonthlyRow::month).containsExactly("2020-12", "2021-01");
        assertThat(rows.get(0).personWeeks()).isEqualTo(0.8);
        assertThat(rows.get(1).grossDkk()).isCloseTo(rate2020 / 5, within(1e-9));
    }

    @Test
    void rows_are_sorted_by_municipality_month_and_benefit_code() {
        int w10 = w("2024-W10");
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, w10, w10 + 5);
        aggregator.add(w10, 751, benefit("SDP"), 100, 1);
        aggregator.add(w10, 101, benefit("SDP"), 100, 1);
        aggregator.add(w10, 101, benefit("ADP"), 100, 1);
        aggregator.add(w10 + 5, 101, benefit("ADP"), 100, 1); // April
        assertThat(aggregator.rows()).extracting(r -> r.municipality() + " " + r.month() + " " + r.benefit())
                .containsExactly("101 2024-03 ADP", "101 2024-03 SDP", "101 2024-04 ADP", "751 2024-03 SDP");
    }

    @Test
    void partial_aggregators_over_different_persons_add_up_to_the_whole() {
        int first = w("2024-W01");
        RegisterAggregator whole = new RegisterAggregator(rules, rates, first, first + 10);
        RegisterAggregator a = new RegisterAggregator(rules, rates, first, first + 10);
        RegisterAggregator b = new RegisterAggregator(rules, rates, first, first + 10);
        for (int i = 0; i <= 10; i++) {
            RegisterAggregator part = i % 2 == 0 ? a : b;
            for (RegisterAggregator target : new RegisterAggregator[] {whole, part}) {
                target.add(first + i, 575, benefit("KTH-A"), i % 3 == 0 ? NO_AMOUNT : 1000.5 + i, 1 + i % 4);
            }
        }
        RegisterAggregator merged = new RegisterAggregator(rules, rates, first, first + 10);
        a.cells().forEach(merged::add);
        b.cells().forEach(merged::add);
        assertThat(merged.rows()).isEqualTo(whole.rows());
        RegisterAggregator added = new RegisterAggregator(rules, rates, first, first + 10);
        added.addAll(a);
        added.addAll(b);
        assertThat(added.rows()).isEqualTo(merged.rows());
        // Spark sums cells with the same key pairwise
        MonthlyCell one = a.cells().get(0);
        assertThat(one.plus(b.cells().get(0)).key()).isEqualTo(one.key());
        assertThatThrownBy(() -> one.plus(a.cells().get(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeks_outside_the_aggregate_are_refused_also_right_after_a_run() {
        int first = w("2024-W01");
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, first, first + 3);
        for (int i = 0; i <= 3; i++) {
            aggregator.add(first + i, 575, benefit("KTH-A"), NO_AMOUNT, 1);
        }
        assertThatThrownBy(() -> aggregator.add(first + 4, 575, benefit("KTH-A"), NO_AMOUNT, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aggregator.add(first - 1, 575, benefit("KTH-A"), NO_AMOUNT, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(aggregator.rows().stream().mapToDouble(MonthlyRow::personWeeks).sum()).isEqualTo(4.0);
        RegisterAggregator longer = new RegisterAggregator(rules, rates, first, first + 10);
        assertThatThrownBy(() -> longer.addAll(aggregator)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_weekly_amount_is_the_monthly_rate_times_12_over_52() {
        assertThat(rates.weekly("KTH-A", 2024)).hasValue(12302.0 * 12 / 52);
        assertThat(rates.weekly("KTH-A", 2031)).isEmpty();
    }

    @Test
    void numbers_are_written_as_exact_integers_or_with_nine_decimals() {
        assertThat(NumberText.of(3)).isEqualTo("3");
        assertThat(NumberText.of(0.6)).isEqualTo("0.600000000");
        assertThat(NumberText.of(12000.0 * 12 / 52)).isEqualTo("2769.230769231");
    }
}
