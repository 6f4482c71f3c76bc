package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One spell on a benefit group in the municipality: the person's weeks {@code start}–{@code end} (indices into the
 * history) are consecutive weeks on the group.
 */
record CaseSpell(PersonHistory person, int start, int end) {

    int weeks() {
        return end - start + 1;
    }

    /** The spells of the group that started in the weeks {@code from}–{@code to} (not in the register's first week). */
    static List<CaseSpell> starting(Histories histories, int group, int from, int to) {
        List<CaseSpell> spells = new ArrayList<>();
        for (PersonHistory p : histories.persons()) {
            for (int i = 0; i < p.size(); i++) {
                int week = p.week()[i];
                if (!p.here()[i] || p.group()[i] != group || p.continues(i) || week < from || week > to
                        || week == histories.firstWeek()) {
                    continue;
                }
                int end = i;
                while (p.staysAfter(end)) {
                    end++;
                }
                spells.add(new CaseSpell(p, i, end));
            }
        }
        return spells;
    }
}
