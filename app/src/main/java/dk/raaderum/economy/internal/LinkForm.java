package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;

/** The form attaching a case: an alternative as "sag:alternativ" (empty for none), goals and the start month. */
public class LinkForm {

    private String alternative = "";
    private List<Long> goals = new ArrayList<>();
    private String startMonth = "";

    CaseLinks.LinkDraft draft() {
        String[] ids = alternative == null || alternative.isBlank() ? new String[0] : alternative.split(":");
        return new CaseLinks.LinkDraft(ids.length == 2 ? parse(ids[0]) : null, ids.length == 2 ? parse(ids[1]) : null,
                goals, startMonth);
    }

    /** The form field a refusal of the API's field belongs to. */
    static String field(String apiField) {
        return switch (apiField) {
            case "decisionId", "alternativeId" -> "alternative";
            case "goalIds" -> "goals";
            default -> "startMonth";
        };
    }

    private static Long parse(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public String getAlternative() { return alternative; }
    public void setAlternative(String alternative) { this.alternative = alternative; }
    public List<Long> getGoals() { return goals; }
    public void setGoals(List<Long> goals) { this.goals = goals == null ? new ArrayList<>() : goals; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String startMonth) { this.startMonth = startMonth; }
}
