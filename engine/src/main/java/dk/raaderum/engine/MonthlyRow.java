package dk.raaderum.engine;

/** One row of the monthly aggregate (spec § 5). */
public record MonthlyRow(int municipality, String month, String benefit, double personWeeks, double fullTimePersons,
        double grossDkk, double municipalDkk, double stateDkk, double tier1Weeks, double tier2Weeks,
        double tier3Weeks, double tier4Weeks) {

    public static final String HEADER = "municipality;month;benefit;person_weeks;full_time_persons;gross_dkk;"
            + "municipal_dkk;state_dkk;tier1_weeks;tier2_weeks;tier3_weeks;tier4_weeks";

    public String toCsv() {
        return NumberText.threeDigits(municipality) + ';' + month + ';' + benefit + ';' + NumberText.of(personWeeks)
                + ';' + NumberText.of(fullTimePersons) + ';' + NumberText.of(grossDkk) + ';' + NumberText.of(municipalDkk)
                + ';' + NumberText.of(stateDkk) + ';' + NumberText.of(tier1Weeks) + ';' + NumberText.of(tier2Weeks)
                + ';' + NumberText.of(tier3Weeks) + ';' + NumberText.of(tier4Weeks);
    }
}
