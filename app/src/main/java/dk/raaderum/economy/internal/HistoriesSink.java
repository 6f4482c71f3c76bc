package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.raaderum.register.PersonWeeks;

/** Collects, from a register read person by person, the persons with at least one week in one municipality. */
final class HistoriesSink implements PersonWeeks {

    private final int municipality;
    private final List<PersonHistory> persons = new ArrayList<>();
    private int size;
    private boolean anyHere;
    private int[] week = new int[64];
    private int[] benefit = new int[64];
    private int[] group = new int[64];
    private double[] gross = new double[64];
    private int[] count = new int[64];
    private boolean[] here = new boolean[64];

    /** The whole country's persons, every week counting as "here" (for measuring the forecast nationally). */
    static final int COUNTRY = -1;

    HistoriesSink(int municipality) {
        this.municipality = municipality;
    }

    @Override
    public void person() {
        flush();
    }

    @Override
    public void week(int week, int municipality, int benefit, double grossDkk, int count, int tier) {
        if (size == this.week.length) {
            int grown = size * 2;
            this.week = Arrays.copyOf(this.week, grown);
            this.benefit = Arrays.copyOf(this.benefit, grown);
            group = Arrays.copyOf(group, grown);
            gross = Arrays.copyOf(gross, grown);
            this.count = Arrays.copyOf(this.count, grown);
            here = Arrays.copyOf(here, grown);
        }
        this.week[size] = week;
        this.benefit[size] = benefit;
        group[size] = Groups.ofBenefit(benefit);
        gross[size] = grossDkk;
        this.count[size] = tier == 0 ? 0 : count;
        here[size] = this.municipality == COUNTRY || municipality == this.municipality;
        anyHere |= here[size];
        size++;
    }

    @Override
    public void restart() {
        persons.clear();
        size = 0;
        anyHere = false;
    }

    /** The persons collected; call once, after the register is read. */
    List<PersonHistory> persons() {
        flush();
        return persons;
    }

    private void flush() {
        if (anyHere) {
            persons.add(new PersonHistory(Arrays.copyOf(week, size), Arrays.copyOf(benefit, size), Arrays.copyOf(group, size),
                    Arrays.copyOf(gross, size), Arrays.copyOf(count, size), Arrays.copyOf(here, size)));
        }
        size = 0;
        anyHere = false;
    }
}
