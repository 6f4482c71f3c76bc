package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

/** Builds hand-made histories for the tests: runs of weeks on one group in the municipality. */
final class Spells {

    static final int KONTANTHJAELP = Groups.index("kontanthjaelp").getAsInt();

    private final List<int[]> weeks = new ArrayList<>(); // {week, group, count, benefit}
    private final List<Double> gross = new ArrayList<>();
    private int count;

    /** {@code length} covered weeks on the group from {@code from}, each costing {@code grossDkk}. */
    Spells run(int group, int from, int length, double grossDkk) {
        for (int w = from; w < from + length; w++) {
            count++;
            weeks.add(new int[] {w, group, count, Groups.firstBenefit(group)});
            gross.add(grossDkk);
        }
        return this;
    }

    PersonHistory person() {
        int n = weeks.size();
        int[] week = new int[n];
        int[] group = new int[n];
        int[] benefit = new int[n];
        int[] counts = new int[n];
        double[] amounts = new double[n];
        boolean[] here = new boolean[n];
        for (int i = 0; i < n; i++) {
            week[i] = weeks.get(i)[0];
            group[i] = weeks.get(i)[1];
            benefit[i] = weeks.get(i)[3];
            counts[i] = weeks.get(i)[2];
            amounts[i] = gross.get(i);
            here[i] = true;
        }
        return new PersonHistory(week, benefit, group, amounts, counts, here);
    }
}
