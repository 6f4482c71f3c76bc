package dk.raaderum.economy.internal;

/** A business case as the API and the form send it; null where a field is missing. */
record CaseDraft(String title, String group, Integer citizens, Double costOneOffDkk, Double costPerCitizenWeekDkk,
        Integer effectWeeksShorter, Integer years, Double discountRate) {
}
