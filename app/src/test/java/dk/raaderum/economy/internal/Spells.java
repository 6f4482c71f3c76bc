package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

/** Builds hand-made histories for the tests: runs of weeks on one group in the municipality. */
final class Spells {

    static final int KONTANTHJAELP = Groups.index("kontanthjaelp").getAsInt();

    private final List<int[]> weeks = new ArrayList<>(); // {week, group, count, benefit}
    private final List<Double> gross = new ArrayList<>();
    private int count;

    /** One new one-week spell on kontanthjælp every week 2023-W01 to 2025-W52 at 1,000 kr., weight 1. */
    static Histories oneWeekSpells() {
        int first = dk.raaderum.engine.IsoWeek.parse("2023-W01").index();
        int last = dk.raaderum.engine.IsoWeek.parse("2025-W52").index();
        List<PersonHistory> persons = new ArrayList<>();
        for (int w = first; w <= last; w++) {
            persons.add(new Spells().run(KONTANTHJAELP, w, 1, 1000).person());
        }
        return new Histories(persons, first, last, 1);
    }

    /**
     * {@code persons} persons from week 100-104, each with {@code spells} spells of 1-70 weeks (a third on another
     * group than kontanthjælp) and 1 to {@code maxGap} weeks between them, at 500-2,000 kr. a week.
     */
    static List<PersonHistory> random(long seed, int persons, int spells, int maxGap) {
        java.util.Random random = new java.util.Random(seed);
        List<PersonHistory> result = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            Spells s = new Spells();
            int week = 100 + random.nextInt(5);
            for (int spell = 0; spell < spells; spell++) {
                int length = 1 + random.nextInt(70);
                s.run(random.nextInt(3) == 0 ? 0 : KONTANTHJAELP, week, length, 500 + random.nextInt(1500));
                week += length + 1 + random.nextInt(maxGap);
            }
            result.add(s.person());
        }
        return result;
    }

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
