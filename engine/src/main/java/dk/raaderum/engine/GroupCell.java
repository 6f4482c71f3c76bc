package dk.raaderum.engine;

import java.io.Serializable;

/**
 * The partial sums behind one {@link GroupFigures}: one municipality, month and benefit group. Cells over
 * disjoint sets of persons add up (persons are counted once per person within a cell, so disjoint persons add).
 */
public final class GroupCell implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int municipality;
    private final int month;
    private final int group;
    long weekdays;
    long persons;
    long inflow;
    long outflow;
    double gross;
    double municipal;
    double state;
    final double[] municipalByTier = new double[5];
    final long[] tierWeekdays = new long[5];
    long followedUp;
    long selfSupporting;
    transient int lastPerson = -1;

    GroupCell(int municipality, int month, int group) {
        this.municipality = municipality;
        this.month = month;
        this.group = group;
    }

    public int municipality() {
        return municipality;
    }

    /** The month as {@code year * 12 + month - 1}. */
    public int month() {
        return month;
    }

    /** The group's index in {@link GroupAccumulator#groups()}. */
    public int group() {
        return group;
    }

    /** A key that orders and groups cells: municipality, month, group. */
    public long key() {
        return ((long) municipality << 40) | ((long) month << 8) | group;
    }

    void addAll(GroupCell other) {
        weekdays += other.weekdays;
        persons += other.persons;
        inflow += other.inflow;
        outflow += other.outflow;
        gross += other.gross;
        municipal += other.municipal;
        state += other.state;
        for (int tier = 0; tier < 5; tier++) {
            municipalByTier[tier] += other.municipalByTier[tier];
            tierWeekdays[tier] += other.tierWeekdays[tier];
        }
        followedUp += other.followedUp;
        selfSupporting += other.selfSupporting;
    }

    GroupCell at(int municipality, int month, int group) {
        GroupCell copy = new GroupCell(municipality, month, group);
        copy.addAll(this);
        return copy;
    }

    /** The sum of two partial cells with the same key (for Spark's reduce). */
    public GroupCell plus(GroupCell other) {
        if (other.key() != key()) {
            throw new IllegalArgumentException("cells of different municipality, month or group");
        }
        GroupCell sum = at(municipality, month, group);
        sum.addAll(other);
        return sum;
    }
}
