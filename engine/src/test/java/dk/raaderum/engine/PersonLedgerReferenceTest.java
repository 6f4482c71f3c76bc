package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The ledger agrees with spec § 2 read literally — for every covered week, count the weeks without any row in
 * the look-back and restart at 52 — on persons whose weeks come in runs, alternate week by week (more runs than
 * the ledger keeps at once), or have long gaps, covered and not covered mixed.
 */
class PersonLedgerReferenceTest {

    /** Spec § 2 as written, with every supported week kept in a set: slow and plainly right. */
    private static final class LiteralLedger {
        private final Set<Integer> supported = new HashSet<>();
        private Integer start;
        private int count;

        int nextTier(int week, boolean covered) {
            int tier = 0;
            if (covered) {
                if (start == null) {
                    start = week;
                } else {
                    int selfSupport = 0;
                    for (int v = Math.max(start + 1, week - 156); v < week; v++) {
                        selfSupport += supported.contains(v) ? 0 : 1;
                    }
                    if (selfSupport >= 52) {
                        count = 0;
                        start = week;
                    }
                }
                count++;
                tier = count <= 4 ? 1 : count <= 26 ? 2 : count <= 52 ? 3 : 4;
            }
            supported.add(week);
            return tier;
        }
    }

    private record Week(int index, boolean covered) {
    }

    private static List<Week> person(Random random, int pattern) {
        List<Week> weeks = new ArrayList<>();
        int week = 1000 + random.nextInt(20);
        for (int i = 0; i < 600; i++) {
            boolean covered = random.nextInt(10) > 1;
            weeks.add(new Week(week, covered));
            week += switch (pattern) {
                case 0 -> 1;                                                   // one long run
                case 1 -> 2;                                                   // every other week: hundreds of runs
                case 2 -> random.nextInt(30) == 0 ? 40 + random.nextInt(40) : 1; // runs with long gaps
                default -> 1 + random.nextInt(3);                              // short runs and short gaps
            };
        }
        return weeks;
    }

    @Test
    void the_ledger_gives_the_literal_reading_of_the_rules_week_for_week() {
        Random random = new Random(16);
        PersonLedger ledger = new PersonLedger();
        int restarts = 0;
        for (int p = 0; p < 400; p++) {
            LiteralLedger literal = new LiteralLedger();
            ledger.startPerson();
            int previousCount = 0;
            for (Week week : person(random, p % 4)) {
                int expected = literal.nextTier(week.index(), week.covered());
                assertThat(ledger.nextTier(week.index(), week.covered()))
                        .as("person %d (pattern %d), week %d", p, p % 4, week.index()).isEqualTo(expected);
                if (week.covered()) {
                    assertThat(ledger.count()).isEqualTo(literal.count);
                    restarts += literal.count < previousCount ? 1 : 0;
                    previousCount = literal.count;
                }
            }
        }
        assertThat(restarts).as("the persons include restarts after self-support").isGreaterThan(50);
    }
}
