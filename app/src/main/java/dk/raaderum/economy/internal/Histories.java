package dk.raaderum.economy.internal;

import java.util.List;

/**
 * The register's persons who have at least one week in one municipality, with all their weeks (the ledger counts
 * come from the whole register).
 *
 * @param firstWeek the register's first week
 * @param lastWeek  its last week
 * @param weight    how many persons each person in the register stands for
 */
record Histories(List<PersonHistory> persons, int firstWeek, int lastWeek, double weight) {

    Histories {
        persons = List.copyOf(persons);
    }
}
