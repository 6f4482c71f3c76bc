package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The aggregate agrees with a plain day-by-day sum: every weekday of every kept week is put in its calendar month
 * and priced at the week's rate or amount. The weeks come in runs that change municipality, benefit or tier in the
 * middle of a month, and runs that cross month ends, as a person's weeks do.
 */
class RegisterAggregatorReferenceTest {

    private final RulesTable rules = RulesTable.defaults();
    private final RateTable rates = RateTable.defaults();

    private record Key(int municipality, String month, String benefit) {
    }

    /** person-weeks, gross and municipal kroner by municipality, month and benefit, one weekday at a time. */
    private final Map<Key, double[]> expected = new HashMap<>();

    private void expect(int week, int municipality, BenefitRule rule, double amount, int tier) {
        LocalDate monday = LocalDate.ofEpochDay(IsoWeek.mondayEpochDay(week));
        double weekly = Double.isNaN(amount) ? rates.weekly(rule.code(), IsoWeek.ofIndex(week).year()).orElseThrow() : amount;
        for (int d = 0; d < 5; d++) {
            LocalDate day = monday.plusDays(d);
            assertThat(day.getDayOfWeek()).isNotEqualTo(DayOfWeek.SATURDAY);
            String month = YearMonth.from(day).toString(); // "2024-03"
            double[] sums = expected.computeIfAbsent(new Key(municipality, month, rule.code()), k -> new double[3]);
            sums[0] += 0.2;
            sums[1] += weekly / 5;
            sums[2] += tier == 0 ? 0 : weekly / 5 * RefusionTier.municipalShare(tier);
        }
    }

    /** Over weeks that include two 53-week years (2020, 2026) and year ends whose weeks fall in two years. */
    @Test
    void runs_of_weeks_that_change_municipality_benefit_or_tier_mid_month_sum_as_day_by_day() {
        sumsAsDayByDay("2020-W45", "2027-W05");
    }

    /** 2024-W05 (29 January to 2 February) is split over two months and is the last week of the aggregate. */
    @Test
    void runs_that_end_in_a_last_week_split_over_two_months_sum_as_day_by_day() {
        sumsAsDayByDay("2023-W48", "2024-W05");
    }

    private void sumsAsDayByDay(String firstWeek, String lastWeek) {
        Random random = new Random(7);
        List<BenefitRule> benefits = new ArrayList<>(rules.all());
        int[] municipalities = {101, 147, 575, 751};
        int first = IsoWeek.parse(firstWeek).index();
        int last = IsoWeek.parse(lastWeek).index();
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, first, last);
        // the same persons split between two partial aggregators, as the replay threads split them
        RegisterAggregator[] parts = {new RegisterAggregator(rules, rates, first, last),
                new RegisterAggregator(rules, rates, first, last)};
        for (int person = 0; person < 300; person++) {
            int municipality = municipalities[random.nextInt(municipalities.length)];
            BenefitRule rule = benefits.get(random.nextInt(benefits.size()));
            int tier = 1;
            boolean priced = random.nextBoolean();
            for (int week = first + random.nextInt(20); week <= last; week += random.nextInt(8) == 0 ? 3 : 1) {
                switch (random.nextInt(12)) { // a change now and then, wherever in the month the week falls
                    case 0 -> municipality = municipalities[random.nextInt(municipalities.length)];
                    case 1 -> rule = benefits.get(random.nextInt(benefits.size()));
                    case 2 -> tier = 1 + random.nextInt(4);
                    case 3 -> priced = !priced;
                    default -> { }
                }
                int weekTier = rule.scheme().covered() ? tier : 0;
                boolean hasRate = rates.weekly(rule.code(), IsoWeek.ofIndex(week).year()).isPresent();
                double amount = priced && hasRate ? Double.NaN : 1000 + random.nextInt(4000) + 0.25;
                aggregator.add(week, municipality, rule.index(), amount, weekTier);
                parts[person % 2].add(week, municipality, rule.index(), amount, weekTier);
                expect(week, municipality, rule, amount, weekTier);
            }
        }
        // one more rate-priced week (where the table has a rate): a run still pending when the parts are added
        BenefitRule rule = benefits.get(0);
        double amount = rates.weekly(rule.code(), IsoWeek.ofIndex(last).year()).isPresent() ? Double.NaN : 1234.5;
        for (RegisterAggregator target : new RegisterAggregator[] {aggregator, parts[1]}) {
            target.add(last, 575, rule.index(), amount, 0);
        }
        expect(last, 575, rule, amount, 0);
        parts[0].addAll(parts[1]);
        for (List<MonthlyRow> rows : List.of(aggregator.rows(), parts[0].rows())) {
            assertThat(rows).hasSize(expected.size());
            for (MonthlyRow row : rows) {
                double[] sums = expected.get(new Key(row.municipality(), row.month(), row.benefit()));
                assertThat(sums).as("%s", row).isNotNull();
                assertThat(row.personWeeks()).as("person-weeks %s", row).isCloseTo(sums[0], within(1e-9));
                assertThat(row.grossDkk()).as("gross %s", row).isCloseTo(sums[1], within(1e-6));
                assertThat(row.municipalDkk()).as("municipal %s", row).isCloseTo(sums[2], within(1e-6));
            }
        }
    }

    @Test
    void cells_read_in_the_middle_of_a_run_hold_the_whole_run_so_far() {
        int first = IsoWeek.parse("2024-W10").index();
        BenefitRule rule = rules.all().get(0);
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, first, first + 2);
        aggregator.add(first, 575, rule.index(), Double.NaN, 1);
        aggregator.add(first + 1, 575, rule.index(), Double.NaN, 1);
        long weekdays = aggregator.cells().stream().mapToLong(MonthlyCell::allWeekdays).sum();
        assertThat(weekdays).isEqualTo(10);
        aggregator.add(first + 2, 575, rule.index(), Double.NaN, 1);
        assertThat(aggregator.cells().stream().mapToLong(MonthlyCell::allWeekdays).sum()).isEqualTo(15);
    }
}
