package dk.raaderum.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Sums replayed person-weeks into {@link GroupFigures} per municipality, month and benefit group. It sees the
 * same kept rows, in the same person and week order, as {@link RegisterAggregator}, together with the tier the
 * ledger gave each row.
 *
 * <p>A spell is a run of consecutive weeks on the same group; events (inflow, outflow) belong to the month of
 * the week's Thursday. Self-support 26 weeks after a spell ends means no row at all in week end + 26.
 * Accumulators over disjoint sets of persons add up with {@link #add(GroupCell)}.
 */
public final class GroupAccumulator {

    private static final int FOLLOW_UP = 26;
    private static final int CODES = 1000;

    /** The group that counts every benefit: spells into and out of public support as such. */
    public static final String ALL = "Alle ydelser";

    private final int firstWeek;
    private final int lastWeek;
    private final int firstMonth;
    private final int months;
    private final int[] groupOf;           // benefit index -> group index
    private final List<String> groups = new ArrayList<>();
    private final int allGroup;
    private final int groupCount;
    private final GroupCell[][] cells = new GroupCell[CODES][];
    private final int[] weekMonth;         // month of the week's Monday, relative to firstMonth
    private final int[] weekDaysInFirst;
    private final int[] weekEventMonth;    // month of the week's Thursday, relative to firstMonth

    // the current person
    private int person;
    private int[] pendingEnd = new int[8];           // spells waiting for their week 26: end week,
    private int[] pendingMunicipality = new int[8];  // municipality of the last week,
    private int[] pendingGroup = new int[8];         // and group
    private int pendingSize;
    private final Track byGroup = new Track();
    private final Track overall = new Track();

    /** Where the person's current spell stands, for one way of grouping weeks into spells. */
    private static final class Track {
        int previousWeek;
        int previousGroup = -1;
        int previousMunicipality;
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
        groupCount = groups.size();
        firstMonth = MonthSplit.firstMonth(firstWeek);
        months = MonthSplit.firstMonth(lastWeek) - firstMonth + 2;
        int weeks = lastWeek - firstWeek + 1;
        weekMonth = new int[weeks];
        weekDaysInFirst = new int[weeks];
        weekEventMonth = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            int week = firstWeek + w;
            weekMonth[w] = MonthSplit.firstMonth(week) - firstMonth;
            weekDaysInFirst[w] = MonthSplit.weekdaysInFirstMonth(week);
            weekEventMonth[w] = weekMonth[w] + (weekDaysInFirst[w] >= 4 ? 0 : 1); // Thursday's month
        }
    }

    public List<String> groups() {
        return List.copyOf(groups);
    }

    /** The groups an accumulator over these rules has, in its order: the rules' groups, then {@link #ALL}. */
    public static List<String> groups(RulesTable rules) {
        List<String> groups = new ArrayList<>(rules.all().stream().map(BenefitRule::group).distinct().toList());
        groups.add(ALL);
        return List.copyOf(groups);
    }

    public void startPerson() {
        closePerson();
        person++;
    }

    /** Adds one kept person-week with its gross amount and the tier the ledger gave it (0 when not covered). */
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
        int w = week - firstWeek;
        if (week != firstWeek) {
            if (!groupContinues) {
                cell(municipality, weekEventMonth[w], group).inflow++;
            }
            if (!supportContinues) {
                cell(municipality, weekEventMonth[w], allGroup).inflow++;
            }
        }
        double share = tier == 0 ? 0 : RefusionTier.municipalShare(tier);
        int month = weekMonth[w];
        int inFirst = weekDaysInFirst[w];
        book(municipality, month, group, inFirst, amount, share, tier);
        book(municipality, month, allGroup, inFirst, amount, share, tier);
        if (inFirst < 5) {
            book(municipality, month + 1, group, 5 - inFirst, amount, share, tier);
            book(municipality, month + 1, allGroup, 5 - inFirst, amount, share, tier);
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
        GroupCell cell = cell(municipality, month, group);
        if (cell.lastPerson != person) {
            cell.lastPerson = person;
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
        if (pendingSize == pendingEnd.length) {
            pendingEnd = java.util.Arrays.copyOf(pendingEnd, pendingSize * 2);
            pendingMunicipality = java.util.Arrays.copyOf(pendingMunicipality, pendingSize * 2);
            pendingGroup = java.util.Arrays.copyOf(pendingGroup, pendingSize * 2);
        }
        pendingEnd[pendingSize] = track.previousWeek;
        pendingMunicipality[pendingSize] = track.previousMunicipality;
        pendingGroup[pendingSize] = track.previousGroup;
        pendingSize++;
    }

    /** Spells whose follow-up week lies before {@code week}: a row at exactly that week means support. */
    private void resolveFollowUps(int week) {
        for (int i = pendingSize - 1; i >= 0; i--) {
            int followUpWeek = pendingEnd[i] + FOLLOW_UP;
            if (followUpWeek <= week) {
                GroupCell cell = cell(pendingMunicipality[i], eventMonth(pendingEnd[i]), pendingGroup[i]);
                cell.followedUp++;
                if (followUpWeek < week) {
                    cell.selfSupporting++;
                }
                removePending(i);
            }
        }
    }

    private void removePending(int i) {
        int last = pendingSize - 1;
        System.arraycopy(pendingEnd, i + 1, pendingEnd, i, last - i);
        System.arraycopy(pendingMunicipality, i + 1, pendingMunicipality, i, last - i);
        System.arraycopy(pendingGroup, i + 1, pendingGroup, i, last - i);
        pendingSize = last;
    }

    private void closePerson() {
        for (Track track : new Track[] {byGroup, overall}) {
            if (track.previousGroup >= 0 && track.previousWeek < lastWeek) {
                endSpell(track); // a spell running into the register's last week has not ended
            }
            track.previousGroup = -1;
        }
        for (int i = 0; i < pendingSize; i++) {
            if (pendingEnd[i] + FOLLOW_UP <= lastWeek) {
                GroupCell cell = cell(pendingMunicipality[i], eventMonth(pendingEnd[i]), pendingGroup[i]);
                cell.followedUp++;
                cell.selfSupporting++;
            }
        }
        pendingSize = 0;
    }

    /** The partial sums, after the last person: one cell per municipality, month and group. */
    public List<GroupCell> cells() {
        closePerson();
        List<GroupCell> all = new ArrayList<>();
        for (int code = 0; code < CODES; code++) {
            GroupCell[] byCell = cells[code];
            if (byCell != null) {
                for (int i = 0; i < byCell.length; i++) {
                    if (byCell[i] != null) {
                        all.add(byCell[i].at(code, firstMonth + i / groupCount, i % groupCount));
                    }
                }
            }
        }
        return all;
    }

    /** Adds another accumulator's partial sums (over other persons) to this one. */
    public void add(GroupCell other) {
        cell(other.municipality(), other.month() - firstMonth, other.group()).addAll(other);
    }

    /** The figures, after the last person; each month's full-time persons use that month's weekdays. */
    public List<GroupFigures> figures() {
        List<GroupFigures> figures = new ArrayList<>();
        for (GroupCell c : cells()) {
            int weekdays = MonthSplit.weekdays(c.month());
            double[] tierWeeks = new double[5];
            for (int tier = 1; tier <= 4; tier++) {
                tierWeeks[tier] = c.tierWeekdays[tier] / 5.0;
            }
            figures.add(new GroupFigures(c.municipality(), c.month(), groups.get(c.group()),
                    c.weekdays / (double) weekdays, c.persons, c.inflow, c.outflow, c.gross, c.municipal, c.state,
                    c.municipalByTier.clone(), tierWeeks, c.tierWeekdays[4] / (double) weekdays, c.followedUp,
                    c.selfSupporting));
        }
        return figures;
    }

    private int eventMonth(int week) {
        return weekEventMonth[week - firstWeek];
    }

    /** The cell of a month given relative to the first month. */
    private GroupCell cell(int municipality, int month, int group) {
        GroupCell[] byCell = cells[municipality];
        if (byCell == null) {
            byCell = cells[municipality] = new GroupCell[months * groupCount];
        }
        int index = month * groupCount + group;
        GroupCell cell = byCell[index];
        if (cell == null) {
            cell = byCell[index] = new GroupCell(0, 0, 0);
        }
        return cell;
    }
}
