package dk.raaderum.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums replayed person-weeks into {@link GroupFigures} per municipality, month and benefit group. It sees the
 * same kept rows, in the same person and week order, as {@link RegisterAggregator}, together with the tier the
 * ledger gave each row.
 *
 * <p>A spell is a run of consecutive weeks on the same group; events (inflow, outflow) belong to the month of
 * the week's Thursday. Self-support 26 weeks after a spell ends means no row at all in week end + 26.
 */
public final class GroupAccumulator {

    private static final int FOLLOW_UP = 26;

    private final int firstWeek;
    private final int lastWeek;
    private final int[] groupOf;           // benefit index -> group index
    private final List<String> groups = new ArrayList<>();
    private final Map<Long, Cell> cells = new HashMap<>();

    /** The group that counts every benefit: spells into and out of public support as such. */
    public static final String ALL = "Alle ydelser";

    // the current person
    private final Set<Long> personCells = new HashSet<>();
    private final List<int[]> pending = new ArrayList<>(); // {end week, municipality, group}
    private final Track byGroup = new Track();
    private final Track overall = new Track();
    private int allGroup;

    /** Where the person's current spell stands, for one way of grouping weeks into spells. */
    private static final class Track {
        int previousWeek;
        int previousGroup = -1;
        int previousMunicipality;
    }

    private static final class Cell {
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
    }

    public GroupAccumulator(RulesTable rules, int firstWeek, int lastWeek) {
        this.firstWeek = firstWeek;
        this.lastWeek = lastWeek;
        this.groupOf = new int[rules.size()];
        for (BenefitRule rule : rules.all()) {
            int index = groups.indexOf(rule.group());
            if (index < 0) {
                groups.add(rule.group());
                index = groups.size() - 1;
            }
            groupOf[rule.index()] = index;
        }
        groups.add(ALL);
        allGroup = groups.size() - 1;
    }

    public List<String> groups() {
        return List.copyOf(groups);
    }

    public void startPerson() {
        closePerson();
        personCells.clear();
    }

    /** Adds one kept person-week with the tier the ledger gave it (0 when not covered). */
    public void add(int week, int municipality, int benefit, double amount, int tier) {
        int group = groupOf[benefit];
        boolean groupContinues = continues(byGroup, week, group);
        boolean supportContinues = continues(overall, week, allGroup);
        if (!groupContinues && byGroup.previousGroup >= 0) {
            endSpell(byGroup); // before the follow-ups: this very row may be the ended spell's week 26
        }
        if (!supportContinues && overall.previousGroup >= 0) {
            endSpell(overall);
        }
        resolveFollowUps(week);
        if (week != firstWeek) {
            if (!groupContinues) {
                cell(municipality, eventMonth(week), group).inflow++;
            }
            if (!supportContinues) {
                cell(municipality, eventMonth(week), allGroup).inflow++;
            }
        }
        double share = tier == 0 ? 0 : RefusionTier.municipalShare(tier);
        int month = MonthSplit.firstMonth(week);
        int inFirst = MonthSplit.weekdaysInFirstMonth(week);
        for (int g : new int[] {group, allGroup}) {
            book(municipality, month, g, inFirst, amount, share, tier);
            if (inFirst < 5) {
                book(municipality, month + 1, g, 5 - inFirst, amount, share, tier);
            }
        }
        remember(byGroup, week, group, municipality);
        remember(overall, week, allGroup, municipality);
    }

    private static boolean continues(Track track, int week, int group) {
        return track.previousGroup == group && week == track.previousWeek + 1;
    }

    private static void remember(Track track, int week, int group, int municipality) {
        track.previousWeek = week;
        track.previousGroup = group;
        track.previousMunicipality = municipality;
    }

    private void book(int municipality, int month, int group, int weekdays, double amount, double share, int tier) {
        Cell cell = cell(municipality, month, group);
        if (personCells.add(key(municipality, month, group))) {
            cell.persons++;
        }
        cell.weekdays += weekdays;
        double gross = amount * weekdays / 5;
        cell.gross += gross;
        if (tier > 0) {
            cell.municipal += gross * share;
            cell.state += gross * (1 - share);
            cell.municipalByTier[tier] += gross * share;
            cell.tierWeekdays[tier] += weekdays;
        }
    }

    private void endSpell(Track track) {
        cell(track.previousMunicipality, eventMonth(track.previousWeek), track.previousGroup).outflow++;
        pending.add(new int[] {track.previousWeek, track.previousMunicipality, track.previousGroup});
    }

    /** Spells whose follow-up week lies before {@code week}: a row at exactly that week means support. */
    private void resolveFollowUps(int week) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            int[] spell = pending.get(i);
            int followUpWeek = spell[0] + FOLLOW_UP;
            if (followUpWeek <= week) {
                Cell cell = cell(spell[1], eventMonth(spell[0]), spell[2]);
                cell.followedUp++;
                if (followUpWeek < week) {
                    cell.selfSupporting++;
                }
                pending.remove(i);
            }
        }
    }

    private void closePerson() {
        for (Track track : new Track[] {byGroup, overall}) {
            if (track.previousGroup >= 0 && track.previousWeek < lastWeek) {
                endSpell(track); // a spell running into the register's last week has not ended
            }
            track.previousGroup = -1;
        }
        for (int[] spell : pending) {
            if (spell[0] + FOLLOW_UP <= lastWeek) {
                Cell cell = cell(spell[1], eventMonth(spell[0]), spell[2]);
                cell.followedUp++;
                cell.selfSupporting++;
            }
        }
        pending.clear();
    }

    /** The figures, after the last person; each month's full-time persons use that month's weekdays. */
    public List<GroupFigures> figures() {
        closePerson();
        List<GroupFigures> figures = new ArrayList<>();
        cells.forEach((key, c) -> {
            int municipality = (int) (key >>> 40);
            int month = (int) ((key >>> 8) & 0xFFFFFFFFL);
            int group = (int) (key & 0xFF);
            int weekdays = MonthSplit.weekdays(month);
            figures.add(new GroupFigures(municipality, month, groups.get(group), c.weekdays / (double) weekdays,
                    c.persons, c.inflow, c.outflow, c.gross, c.municipal, c.state, c.municipalByTier.clone(),
                    java.util.Arrays.stream(c.tierWeekdays).mapToDouble(d -> d / 5.0).toArray(),
                    c.tierWeekdays[4] / (double) weekdays, c.followedUp, c.selfSupporting));
        });
        return figures;
    }

    private static int eventMonth(int week) {
        return MonthSplit.firstMonth(week) + (MonthSplit.weekdaysInFirstMonth(week) >= 4 ? 0 : 1); // Thursday's month
    }

    private Cell cell(int municipality, int month, int group) {
        return cells.computeIfAbsent(key(municipality, month, group), k -> new Cell());
    }

    private static long key(int municipality, int month, int group) {
        return ((long) municipality << 40) | ((long) month << 8) | group;
    }
}
