package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Monthly aggregates of spec § 5, hand-worked. */
class RegisterAggregatorTest {

    private final RulesTable rules = RulesTable.defaults();
    private final RateTable rates = RateTable.defaults();

    private int benefit(String code) {
        return rules.find(code).orElseThrow().index();
    }

    @Test
    void a_week_across_a_month_boundary_is_split_by_weekdays_and_priced_by_tier() {
        int w05 = IsoWeek.parse("2024-W05").index();
        RegisterAggregator aggregator = new RegisterAggregator(rules, w05, w05);
        aggregator.startPerson();
        double weekly = 12000.0 * 12 / 52;
        assertThat(aggregator.add(w05, 575, benefit("KTH-A"), weekly)).isEqualTo(1);

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
    }

    @Test
    void support_outside_the_rules_has_gross_but_no_municipal_or_state_cost_and_no_tier() {
        int w10 = IsoWeek.parse("2024-W10").index();
        RegisterAggregator aggregator = new RegisterAggregator(rules, w10, w10);
        aggregator.startPerson();
        assertThat(aggregator.add(w10, 101, benefit("LTS"), 1000)).isZero();
        MonthlyRow row = aggregator.rows().get(0);
        assertThat(row.grossDkk()).isEqualTo(1000.0);
        assertThat(row.municipalDkk()).isZero();
        assertThat(row.stateDkk()).isZero();
        assertThat(row.tier1Weeks() + row.tier2Weeks() + row.tier3Weeks() + row.tier4Weeks()).isZero();
    }

    @Test
    void rows_are_sorted_by_municipality_month_and_benefit_code() {
        int w10 = IsoWeek.parse("2024-W10").index();
        RegisterAggregator aggregator = new RegisterAggregator(rules, w10, w10 + 5);
        aggregator.startPerson();
        aggregator.add(w10, 751, benefit("SDP"), 100);
        aggregator.startPerson();
        aggregator.add(w10, 101, benefit("SDP"), 100);
        aggregator.startPerson();
        aggregator.add(w10, 101, benefit("ADP"), 100);
        assertThat(aggregator.rows()).extracting(r -> r.municipality() + " " + r.benefit())
                .containsExactly("101 ADP", "101 SDP", "751 SDP");
    }

    @Test
    void the_worked_example_costs_follow_the_tiers() {
        int first = IsoWeek.parse("2024-W01").index();
        RegisterAggregator aggregator = new RegisterAggregator(rules, first, IsoWeek.parse("2025-W31").index());
        double weekly = rates.weekly("KTH-A", 2024).orElseThrow();
        aggregator.startPerson();
        for (int i = 0; i < 30; i++) {
            aggregator.add(first + i, 575, benefit("KTH-A"), weekly);
        }
        double tier1 = aggregator.rows().stream().mapToDouble(MonthlyRow::tier1Weeks).sum();
        double tier2 = aggregator.rows().stream().mapToDouble(MonthlyRow::tier2Weeks).sum();
        double tier3 = aggregator.rows().stream().mapToDouble(MonthlyRow::tier3Weeks).sum();
        double municipal = aggregator.rows().stream().mapToDouble(MonthlyRow::municipalDkk).sum();
        assertThat(new double[] {tier1, tier2, tier3}).containsExactly(4, 22, 4);
        assertThat(municipal).isCloseTo(weekly * (4 * 0.2 + 22 * 0.6 + 4 * 0.7), within(1e-6));
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
