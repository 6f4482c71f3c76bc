package dk.raaderum.register.internal;

import java.io.BufferedWriter;
import java.io.IOException;

import dk.raaderum.engine.GroupAccumulator;
import dk.raaderum.engine.NumberText;
import dk.raaderum.engine.RefusionTier;
import dk.raaderum.engine.RegisterAggregator;
import dk.raaderum.engine.RulesTable;

/**
 * Rows from DuckDB collected in arrays and replayed through the ledger a batch at a time, so the
 * ledger runs in a tight loop and its own time can be measured apart from reading and sorting.
 * Same-week rows after a person-week's first (lower priority) are dropped here.
 */
final class ReplayBatch {

    private static final int SIZE = 1 << 20;

    private final RegisterAggregator aggregator;
    private final GroupAccumulator groups;
    private final RulesTable rules;
    private final BufferedWriter detail;
    private final boolean[] newPerson = new boolean[SIZE];
    private final int[] week = new int[SIZE];
    private final int[] municipality = new int[SIZE];
    private final int[] benefit = new int[SIZE];
    private final double[] amount = new double[SIZE];
    private final String[] person;
    private final String[] weekText;
    private int size;
    private int previousWeek = Integer.MIN_VALUE;

    long persons;
    long kept;
    long dropped;
    long replayNanos;

    /** {@code groups} and {@code detail} may be null. */
    ReplayBatch(RegisterAggregator aggregator, GroupAccumulator groups, RulesTable rules, BufferedWriter detail) {
        this.aggregator = aggregator;
        this.groups = groups;
        this.rules = rules;
        this.detail = detail;
        this.person = detail == null ? null : new String[SIZE];
        this.weekText = detail == null ? null : new String[SIZE];
    }

    void add(boolean isNewPerson, int w, int m, int b, double a, String p, String text) throws IOException {
        newPerson[size] = isNewPerson;
        week[size] = w;
        municipality[size] = m;
        benefit[size] = b;
        amount[size] = a;
        if (detail != null) {
            person[size] = p;
            weekText[size] = text;
        }
        if (++size == SIZE) {
            flush();
        }
    }

    void flush() throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < size; i++) {
            if (newPerson[i]) {
                aggregator.startPerson();
                if (groups != null) {
                    groups.startPerson();
                }
                persons++;
            } else if (week[i] == previousWeek) {
                dropped++;
                continue;
            }
            previousWeek = week[i];
            kept++;
            int tier = aggregator.add(week[i], municipality[i], benefit[i], amount[i]);
            if (groups != null) {
                groups.add(week[i], municipality[i], benefit[i], amount[i], tier);
            }
            if (detail != null) {
                writeDetail(i, tier);
            }
        }
        replayNanos += System.nanoTime() - start;
        size = 0;
    }

    private void writeDetail(int i, int tier) throws IOException {
        int count = tier == 0 ? 0 : aggregator.lastCount();
        double share = tier == 0 ? 0 : RefusionTier.municipalShare(tier);
        detail.write(person[i] + ';' + weekText[i] + ';' + String.format("%03d", municipality[i]) + ';'
                + rules.get(benefit[i]).code() + ';' + count + ';' + tier + ';' + NumberText.of(amount[i]) + ';'
                + NumberText.of(share) + '\n');
    }
}
