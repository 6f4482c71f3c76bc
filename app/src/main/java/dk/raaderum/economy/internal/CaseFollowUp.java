package dk.raaderum.economy.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a business case up, quarter by quarter from its start month: what the group was expected to cost without the
 * case (the forecast made with the data up to the month before the start, or the newest data when the start lies
 * beyond them), what it is expected to cost with the case (that forecast less the case's expected savings in the same
 * weeks), and what actually happened according to the register. A quarter the register does not yet cover completely
 * has no actual figures ({@code null}: "ingen data endnu").
 */
final class CaseFollowUp {

    /** Person-weeks and municipal kroner in one quarter; the actual ones are null without data. */
    record Quarter(YearMonth from, double withoutCaseWeeks, double expectedWeeks, Double actualWeeks,
            double expectedDkk, Double actualDkk) {

        boolean hasData() {
            return actualWeeks != null;
        }
    }

    private CaseFollowUp() {
    }

    static List<Quarter> of(Histories h, int group, YearMonth start, CaseResult.ExpectedPath path, int years) {
        YearMonth lastFull = EconomyService.lastFullMonth(h);
        YearMonth origin = start.minusMonths(1).isAfter(lastFull) ? lastFull : start.minusMonths(1);
        int originWeek = WeekMonths.lastWeek(origin);
        int startWeek = WeekMonths.firstWeek(start);
        int endWeek = WeekMonths.lastWeek(start.plusMonths(12L * years - 1));
        GroupWeeks forecast = Forecaster.forecast(h, originWeek, endWeek - originWeek);
        GroupWeeks observed = GroupWeeks.observed(h, startWeek,
                Math.max(startWeek - 1, Math.min(endWeek, h.lastWeek())));
        double w = h.weight();
        List<Quarter> quarters = new ArrayList<>();
        for (int q = 0; q < 4 * years; q++) {
            YearMonth from = start.plusMonths(3L * q);
            YearMonth to = from.plusMonths(2);
            double without = forecast.personWeeks(group, from, to) * w;
            double withoutDkk = forecast.municipal(group, from, to) * w;
            double saved = 0;
            double savedDkk = 0;
            for (int week = WeekMonths.firstWeek(from); week <= WeekMonths.lastWeek(to); week++) {
                int t = week - startWeek;
                if (t >= 0 && t < path.saved_person_weeks().length) {
                    saved += path.saved_person_weeks()[t];
                    savedDkk += path.municipal_dkk()[t];
                }
            }
            boolean seen = WeekMonths.lastWeek(to) <= h.lastWeek();
            quarters.add(new Quarter(from, without, without - saved, seen ? observed.personWeeks(group, from, to) * w : null,
                    withoutDkk - savedDkk, seen ? observed.municipal(group, from, to) * w : null));
        }
        return quarters;
    }
}
