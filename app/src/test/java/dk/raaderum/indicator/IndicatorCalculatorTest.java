package dk.raaderum.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;

/** Hand-worked cases for the rules of aggregation: ratio of sums, roll-up by days, suppression, published values. */
class IndicatorCalculatorTest {

    private static final Area SMALL = new Area(AreaLevel.KOMMUNE, 1, "Lilleby");
    private static final Area LARGE = new Area(AreaLevel.KOMMUNE, 2, "Storby");
    private static final Area REGION = new Area(AreaLevel.REGION, 90, "Testregion");

    private static final Indicator UNEMPLOYED = count("ledige", TimeRollUp.AVERAGE_BY_DAYS);
    private static final Indicator WORKFORCE = count("arbejdsstyrke", TimeRollUp.AVERAGE_BY_DAYS);
    private static final Indicator RATE = new Indicator("ledighed", "Ledighed", Unit.PROCENT, "test", null, "",
            GeoAggregation.RATIO, "ledige", "arbejdsstyrke", 100, TimeRollUp.AVERAGE_BY_DAYS, true,
            GoodDirection.LOWER_IS_BETTER);
    private static final Indicator PAID = count("udbetalt", TimeRollUp.SUM);
    private static final Indicator STATUS = count("status", TimeRollUp.LAST);
    /** A published share without its numerator and denominator: it cannot be combined over municipalities. */
    private static final Indicator PUBLISHED_SHARE = new Indicator("andel", "Andel", Unit.PROCENT, "test", null, "",
            GeoAggregation.NONE, null, null, 1, TimeRollUp.AVERAGE_BY_DAYS, true, GoodDirection.NEUTRAL);
    private static final Area EMPTY_REGION = new Area(AreaLevel.REGION, 91, "Tom region");

    private final Values stored = new Values();
    private final IndicatorCalculator calculator = new IndicatorCalculator(
            Map.of("ledige", UNEMPLOYED, "arbejdsstyrke", WORKFORCE, "ledighed", RATE, "udbetalt", PAID,
                    "status", STATUS, "andel", PUBLISHED_SHARE),
            stored, area -> area.equals(REGION) || area.level() == AreaLevel.LAND ? List.of(SMALL, LARGE) : List.of());

    private static Indicator count(String id, TimeRollUp rollUp) {
        return new Indicator(id, id, Unit.ANTAL, "test", null, "", GeoAggregation.SUM, null, null, 1, rollUp, true,
                GoodDirection.NEUTRAL);
    }

    @Test
    void a_regions_share_is_the_ratio_of_summed_numerators_and_denominators_not_the_average_of_shares() {
        Period march = Period.month(2024, 3);
        stored.put("ledige", SMALL, march, 10.0);
        stored.put("arbejdsstyrke", SMALL, march, 100.0);   // 10 %
        stored.put("ledige", LARGE, march, 30.0);
        stored.put("arbejdsstyrke", LARGE, march, 1000.0);  // 3 %

        // (10 + 30) / (100 + 1000) = 3.636… %, while the average of 10 % and 3 % would be 6.5 %
        assertThat(calculator.value(RATE, REGION, march)).isCloseTo(40.0 / 1100.0 * 100, within(1e-12));
    }

    @Test
    void a_quarter_of_a_stock_is_the_average_of_its_months_weighted_by_days() {
        stored.put("ledige", SMALL, Period.month(2023, 1), 31.0);  // 31 days
        stored.put("ledige", SMALL, Period.month(2023, 2), 28.0);  // 28 days
        stored.put("ledige", SMALL, Period.month(2023, 3), 62.0);  // 31 days

        // (31·31 + 28·28 + 62·31) / 90 = 3667 / 90
        assertThat(calculator.value(UNEMPLOYED, SMALL, Period.quarter(2023, 1))).isCloseTo(3667.0 / 90, within(1e-12));
    }

    @Test
    void a_quarter_of_a_share_divides_the_day_weighted_numerator_by_the_day_weighted_denominator() {
        Period[] months = {Period.month(2023, 1), Period.month(2023, 2), Period.month(2023, 3)};
        double[] unemployed = {20, 10, 40};
        double[] workforce = {100, 200, 400};
        for (int i = 0; i < 3; i++) {
            stored.put("ledige", SMALL, months[i], unemployed[i]);
            stored.put("arbejdsstyrke", SMALL, months[i], workforce[i]);
        }
        double numerator = (20 * 31 + 10 * 28 + 40 * 31) / 90.0;
        double denominator = (100 * 31 + 200 * 28 + 400 * 31) / 90.0;
        assertThat(calculator.value(RATE, SMALL, Period.quarter(2023, 1)))
                .isCloseTo(numerator / denominator * 100, within(1e-12));
    }

    @Test
    void flows_sum_over_the_months_and_status_figures_take_the_last_month() {
        for (int m = 1; m <= 12; m++) {
            stored.put("udbetalt", SMALL, Period.month(2024, m), (double) m);
            stored.put("status", SMALL, Period.month(2024, m), m * 10.0);
        }
        assertThat(calculator.value(PAID, SMALL, Period.year(2024))).isEqualTo(78.0);
        assertThat(calculator.value(STATUS, SMALL, Period.year(2024))).isEqualTo(120.0);
    }

    @Test
    void a_suppressed_municipality_makes_its_region_missing_never_zero() {
        Period march = Period.month(2024, 3);
        stored.put("ledige", SMALL, march, null);  // suppressed by the publisher
        stored.put("ledige", LARGE, march, 30.0);

        assertThat(calculator.observe(UNEMPLOYED, REGION, march).isMissing()).isTrue();
        assertThat(calculator.observe(UNEMPLOYED, SMALL, march).value()).isNull();
    }

    @Test
    void a_month_missing_from_a_quarter_makes_the_quarter_missing() {
        stored.put("ledige", SMALL, Period.month(2024, 1), 5.0);
        stored.put("ledige", SMALL, Period.month(2024, 2), 6.0);
        assertThat(calculator.value(UNEMPLOYED, SMALL, Period.quarter(2024, 1))).isNull();
    }

    @Test
    void a_published_national_value_is_shown_instead_of_the_sum_of_municipalities() {
        Period march = Period.month(2024, 3);
        stored.put("ledige", SMALL, march, 10.0);
        stored.put("ledige", LARGE, march, 30.0);
        assertThat(calculator.value(UNEMPLOYED, Area.DENMARK, march)).isEqualTo(40.0);

        stored.put("ledige", Area.DENMARK, march, 41.0);
        assertThat(calculator.value(UNEMPLOYED, Area.DENMARK, march)).isEqualTo(41.0);
    }

    @Test
    void a_group_of_municipalities_gets_the_ratio_of_its_sums_like_an_area() {
        Period march = Period.month(2024, 3);
        stored.put("ledige", SMALL, march, 10.0);
        stored.put("arbejdsstyrke", SMALL, march, 100.0);
        stored.put("ledige", LARGE, march, 30.0);
        stored.put("arbejdsstyrke", LARGE, march, 1000.0);
        assertThat(calculator.groupValue(RATE, List.of(SMALL, LARGE), march)).isCloseTo(40.0 / 1100 * 100, within(1e-12));
        assertThat(calculator.groupValue(UNEMPLOYED, List.of(SMALL, LARGE), march)).isEqualTo(40.0);
        stored.put("ledige", LARGE, march, null);
        assertThat(calculator.groupValue(RATE, List.of(SMALL, LARGE), march)).isNull();
    }

    @Test
    void a_share_with_a_zero_denominator_is_missing() {
        Period march = Period.month(2024, 3);
        stored.put("ledige", SMALL, march, 0.0);
        stored.put("arbejdsstyrke", SMALL, march, 0.0);
        assertThat(calculator.value(RATE, SMALL, march)).isNull();
    }

    @Test
    void a_share_that_cannot_be_combined_is_neither_summed_nor_averaged_over_municipalities() {
        Period march = Period.month(2024, 3);
        stored.put("andel", SMALL, march, 10.0);
        stored.put("andel", LARGE, march, 30.0);

        assertThat(calculator.value(PUBLISHED_SHARE, SMALL, march)).isEqualTo(10.0);
        assertThat(calculator.value(PUBLISHED_SHARE, REGION, march)).isNull();
        assertThat(calculator.value(PUBLISHED_SHARE, Area.DENMARK, march)).isNull();
        assertThat(calculator.groupValue(PUBLISHED_SHARE, List.of(SMALL, LARGE), march)).isNull();

        stored.put("andel", REGION, march, 17.5); // published for the region itself
        assertThat(calculator.value(PUBLISHED_SHARE, REGION, march)).isEqualTo(17.5);
    }

    @Test
    void an_area_without_municipalities_is_missing_not_zero() {
        Period march = Period.month(2024, 3);
        stored.put("ledige", SMALL, march, 10.0);

        assertThat(calculator.value(UNEMPLOYED, EMPTY_REGION, march)).isNull();
        assertThat(calculator.groupValue(UNEMPLOYED, List.of(), march)).isNull();
    }

    @Test
    void a_municipality_without_a_stored_value_is_missing() {
        assertThat(calculator.value(UNEMPLOYED, SMALL, Period.month(2024, 3))).isNull();
        assertThat(calculator.observe(UNEMPLOYED, SMALL, Period.month(2024, 3)).isMissing()).isTrue();
    }

    @Test
    void a_region_of_counts_sums_its_municipalities_and_a_group_whose_denominator_sums_to_zero_is_missing() {
        Period march = Period.month(2024, 3);
        stored.put("ledige", SMALL, march, 10.0);
        stored.put("ledige", LARGE, march, 32.5);
        stored.put("arbejdsstyrke", SMALL, march, 0.0);
        stored.put("arbejdsstyrke", LARGE, march, 0.0);

        assertThat(calculator.value(UNEMPLOYED, REGION, march)).isEqualTo(42.5);
        assertThat(calculator.observe(UNEMPLOYED, REGION, march).value()).isEqualTo(42.5);
        assertThat(calculator.groupValue(RATE, List.of(SMALL, LARGE), march)).isNull();
        assertThat(calculator.groupValue(RATE, List.of(SMALL), march)).isNull();
    }

    @Test
    void a_group_is_missing_when_its_numerator_is_missing() {
        Period march = Period.month(2024, 3);
        stored.put("arbejdsstyrke", SMALL, march, 100.0);
        assertThat(calculator.groupValue(RATE, List.of(SMALL), march)).isNull();
        assertThat(calculator.value(RATE, SMALL, march)).isNull();
    }

    @Test
    void a_year_of_a_flow_with_one_month_missing_is_missing_and_a_status_figure_with_its_last_month_missing_too() {
        for (int m = 1; m <= 11; m++) {
            stored.put("udbetalt", SMALL, Period.month(2024, m), 1.0);
            stored.put("status", SMALL, Period.month(2024, m), 1.0);
        }
        assertThat(calculator.value(PAID, SMALL, Period.year(2024))).isNull();
        assertThat(calculator.value(STATUS, SMALL, Period.year(2024))).isNull();
    }

    @Test
    void a_quarter_of_a_flow_is_the_plain_sum_of_its_months_not_weighted_by_days() {
        stored.put("udbetalt", SMALL, Period.month(2023, 1), 10.0);
        stored.put("udbetalt", SMALL, Period.month(2023, 2), 20.0);
        stored.put("udbetalt", SMALL, Period.month(2023, 3), 40.0);

        assertThat(calculator.value(PAID, SMALL, Period.quarter(2023, 1))).isEqualTo(70.0);
    }

    /** A small in-memory store that, like the real one, tells a suppressed value from no value. */
    private static final class Values implements StoredValues {
        private final Map<String, Double> values = new HashMap<>();

        void put(String id, Area area, Period period, Double value) {
            values.put(key(id, area, period), value);
        }

        @Override
        public boolean contains(String id, Area area, Period period) {
            return values.containsKey(key(id, area, period));
        }

        @Override
        public Double get(String id, Area area, Period period) {
            return values.get(key(id, area, period));
        }

        private static String key(String id, Area area, Period period) {
            return id + "|" + area.level() + "|" + area.code() + "|" + period;
        }
    }
}
