package dk.raaderum.company.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.raaderum.company.CompanyFigures.Split;
import dk.raaderum.disclosure.Attacker;
import dk.raaderum.disclosure.SmallCells;
import dk.raaderum.indicator.Period;

class CountProtectionTest {

    @Test
    void a_month_with_three_public_placements_cannot_be_worked_out_from_its_total_its_quarter_or_its_year() {
        // 2025, each month 20 placements of which 17 private (3 public), except the even months: 10 public
        Map<Period, Split> counts = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            counts.put(Period.month(2025, m), new Split(20, m % 2 == 0 ? 10 : 17));
        }
        for (int q = 1; q <= 4; q++) {
            List<Period> months = Period.quarter(2025, q).months();
            counts.put(Period.quarter(2025, q), new Split(60, months.stream().mapToInt(p -> counts.get(p).part()).sum()));
        }
        counts.put(Period.year(2025), new Split(240, 162));

        Map<Period, CountProtection.Shown> shown = CountProtection.protect(counts);

        // the reader's view: totals and private parts shown, the public rest derived; every sum written out here
        Map<String, Double> values = new HashMap<>();
        Set<String> hidden = new java.util.HashSet<>();
        List<SmallCells.Relation<String>> sums = new ArrayList<>();
        counts.forEach((p, s) -> {
            put(values, hidden, p + "/i alt", shown.get(p).total());
            put(values, hidden, p + "/privat", shown.get(p).part());
            hidden.add(p + "/offentlig"); // never published
            values.put(p + "/offentlig", null);
            sums.add(new SmallCells.Relation<>(p + "/i alt", List.of(p + "/privat", p + "/offentlig")));
        });
        for (String kind : List.of("i alt", "privat", "offentlig")) {
            for (int q = 1; q <= 4; q++) {
                sums.add(new SmallCells.Relation<>(Period.quarter(2025, q) + "/" + kind,
                        Period.quarter(2025, q).months().stream().map(p -> p + "/" + kind).toList()));
            }
            sums.add(new SmallCells.Relation<>(Period.year(2025) + "/" + kind, List.of(1, 2, 3, 4).stream()
                    .map(q -> Period.quarter(2025, q) + "/" + kind).toList()));
        }
        Map<String, Double> recovered = Attacker.recover(values, hidden, sums);
        for (int m = 1; m <= 12; m += 2) {
            assertThat(recovered).as("January-type month " + m).doesNotContainKey(Period.month(2025, m) + "/offentlig");
        }
        assertThat(shown.get(Period.month(2025, 2)).total()).as("a month of 10 public is not itself withheld")
                .isNotNull();
    }

    private static void put(Map<String, Double> values, Set<String> hidden, String cell, Double value) {
        values.put(cell, value);
        if (value == null) {
            hidden.add(cell);
        }
    }
}
