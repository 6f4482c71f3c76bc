package dk.raaderum.engine;

/**
 * Monthly figures for one municipality and one Jobindsats benefit group, as the product stores them.
 *
 * @param persons          distinct persons with at least one weekday on the group in the month
 * @param inflow           spells on the group that started in the month (a spell already running in the
 *                         register's first week is not counted as inflow)
 * @param outflow          spells that ended in the month (the last week before a week off the group)
 * @param municipalByTier  municipal kroner by refusion tier 1–4 (index 0 unused)
 * @param tierWeeks        person-weeks (weekdays / 5) by refusion tier 1–4 (index 0 unused)
 * @param tier4FullTime    full-time persons in tier 4 (more than a year on covered benefits)
 * @param followedUp       spells ended in the month whose week 26 after the end lies within the register
 * @param selfSupporting   of those, the ones with no public support at all in that week
 */
public record GroupFigures(int municipality, int month, String group, double fullTimePersons, long persons,
        long inflow, long outflow, double grossDkk, double municipalDkk, double stateDkk, double[] municipalByTier,
        double[] tierWeeks, double tier4FullTime, long followedUp, long selfSupporting) {
}
