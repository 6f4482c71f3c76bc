package dk.raaderum.plan;

/** A goal's status as computed from the data. A goal is never on track without data. */
public enum GoalStatus {
    PAA_SPOR("på sporet"),
    I_RISIKO("i risiko"),
    IKKE_PAA_SPOR("ikke på sporet"),
    INGEN_DATA("ingen data");

    private final String danish;

    GoalStatus(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
