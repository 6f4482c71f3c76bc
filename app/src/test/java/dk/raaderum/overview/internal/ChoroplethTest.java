package dk.raaderum.overview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChoroplethTest {

    @Test
    void ten_values_fall_two_in_each_of_the_five_classes() {
        List<Double> values = Arrays.asList(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        Choropleth classes = Choropleth.of(values, 0);
        assertThat(values.stream().map(classes::fill).distinct()).hasSize(5);
        assertThat(classes.fill(1.0)).isEqualTo(classes.fill(2.0)).isNotEqualTo(classes.fill(3.0));
    }

    @Test
    void a_missing_value_gets_the_grey_of_its_own_legend_entry_not_the_lowest_class() {
        List<Double> values = new ArrayList<>(Arrays.asList(0.0, 1.0, 2.0));
        values.add(null);
        Choropleth classes = Choropleth.of(values, 1);
        assertThat(classes.fill(null)).isEqualTo(Choropleth.MISSING_FILL).isNotEqualTo(classes.fill(0.0));
        assertThat(classes.legend()).last().extracting(Choropleth.LegendEntry::label).asString().contains("ingen værdi");
    }
}
