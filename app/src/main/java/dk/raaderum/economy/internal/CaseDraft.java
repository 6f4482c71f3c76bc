package dk.raaderum.economy.internal;

import java.util.List;

/**
 * A business case as the API and the form send it; null where a field is missing. The effect is either
 * {@code effectWeeksShorter} or {@code effectExitRatePp} from {@code effectFromWeek}; {@code effectProfilePercent} is
 * the share of the full effect per year (100 each year when missing); {@code wholeInflow} replaces {@code citizens}.
 */
record CaseDraft(String title, String group, Integer citizens, Double costOneOffDkk, Double costPerCitizenWeekDkk,
        Integer effectWeeksShorter, Integer years, Double discountRate, Double effectExitRatePp, Integer effectFromWeek,
        List<Double> effectProfilePercent, Boolean wholeInflow) {

    boolean inflow() {
        return Boolean.TRUE.equals(wholeInflow);
    }
}
