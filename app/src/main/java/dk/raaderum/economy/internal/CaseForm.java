package dk.raaderum.economy.internal;

import java.util.Optional;

import org.springframework.validation.BindingResult;

import dk.raaderum.platform.StrictNumbers;

/** The business-case form as typed (Danish numbers), so a refused form comes back with the user's own input. */
public class CaseForm {

    private String title = "";
    private String group = "kontanthjaelp";
    private String citizens = "50";
    private String costOneOff = "500.000";
    private String costPerWeek = "0";
    private String effectWeeks = "8";
    private String years = "4";
    private String discountPercent = "3,5";

    /** The draft, or null with a message per field in {@code errors}. */
    CaseDraft draft(BindingResult errors) {
        Double people = number("citizens", citizens, errors);
        Double oneOff = number("costOneOff", costOneOff, errors);
        Double perWeek = number("costPerWeek", costPerWeek, errors);
        Double effect = number("effectWeeks", effectWeeks, errors);
        Double span = number("years", years, errors);
        Double percent = number("discountPercent", discountPercent, errors);
        if (errors.hasErrors()) {
            return null;
        }
        for (var whole : new Object[][] {{"citizens", people}, {"effectWeeks", effect}, {"years", span}}) {
            double v = (Double) whole[1];
            if (v != Math.rint(v)) {
                errors.rejectValue((String) whole[0], "heltal", "Skriv et helt tal.");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new CaseDraft(title, group, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, people)),
                oneOff, perWeek, (int) Math.min(Integer.MAX_VALUE, effect), (int) Math.min(99, span), percent / 100);
    }

    /** The form field a refusal of the API's field belongs to. */
    static String field(String apiField) {
        return switch (apiField) {
            case "costOneOffDkk" -> "costOneOff";
            case "costPerCitizenWeekDkk" -> "costPerWeek";
            case "effectWeeksShorter" -> "effectWeeks";
            case "discountRate" -> "discountPercent";
            default -> apiField;
        };
    }

    private static Double number(String field, String text, BindingResult errors) {
        Optional<Double> value = StrictNumbers.parse(text == null ? "" : text, StrictNumbers.Style.DANISH);
        if (value.isEmpty()) {
            errors.rejectValue(field, "tal", "Skriv et tal, fx " + StrictNumbers.example(StrictNumbers.Style.DANISH) + ".");
            return null;
        }
        return value.get();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getCitizens() { return citizens; }
    public void setCitizens(String citizens) { this.citizens = citizens; }
    public String getCostOneOff() { return costOneOff; }
    public void setCostOneOff(String costOneOff) { this.costOneOff = costOneOff; }
    public String getCostPerWeek() { return costPerWeek; }
    public void setCostPerWeek(String costPerWeek) { this.costPerWeek = costPerWeek; }
    public String getEffectWeeks() { return effectWeeks; }
    public void setEffectWeeks(String effectWeeks) { this.effectWeeks = effectWeeks; }
    public String getYears() { return years; }
    public void setYears(String years) { this.years = years; }
    public String getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(String discountPercent) { this.discountPercent = discountPercent; }
}
