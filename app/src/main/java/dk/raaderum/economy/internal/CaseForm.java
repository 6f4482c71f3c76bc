package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;
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
    private String effectKind = "uger";
    private String effectPp = "5";
    private String effectFromWeek = "13";
    private String profile1 = "100";
    private String profile2 = "100";
    private String profile3 = "100";
    private String profile4 = "100";
    private boolean inflow;

    /** The draft, or null with a message per field in {@code errors}. */
    CaseDraft draft(BindingResult errors) {
        boolean exitRate = "afgang".equals(effectKind);
        Double people = inflow ? null : whole("citizens", citizens, errors);
        Double oneOff = number("costOneOff", costOneOff, errors);
        Double perWeek = number("costPerWeek", costPerWeek, errors);
        Double effect = exitRate ? null : whole("effectWeeks", effectWeeks, errors);
        Double pp = exitRate ? number("effectPp", effectPp, errors) : null;
        Double fromWeek = exitRate ? whole("effectFromWeek", effectFromWeek, errors) : null;
        Double span = whole("years", years, errors);
        Double percent = number("discountPercent", discountPercent, errors);
        List<Double> profile = new ArrayList<>();
        String[] shares = {profile1, profile2, profile3, profile4};
        for (int i = 0; i < shares.length; i++) {
            profile.add(number("profile" + (i + 1), shares[i], errors));
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new CaseDraft(title, group, people == null ? null : (int) clamp(people), oneOff, perWeek,
                effect == null ? null : (int) clamp(effect), (int) Math.min(99, span), percent / 100, pp,
                fromWeek == null ? null : (int) clamp(fromWeek), profile, inflow);
    }

    private static double clamp(double v) {
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** The form field a refusal of the API's field belongs to. */
    static String field(String apiField) {
        return switch (apiField) {
            case "costOneOffDkk" -> "costOneOff";
            case "costPerCitizenWeekDkk" -> "costPerWeek";
            case "effectWeeksShorter" -> "effectWeeks";
            case "effectExitRatePp" -> "effectPp";
            case "effectProfilePercent" -> "profile1";
            case "discountRate" -> "discountPercent";
            default -> apiField;
        };
    }

    private static Double whole(String field, String text, BindingResult errors) {
        Double v = number(field, text, errors);
        if (v != null && v != Math.rint(v)) {
            errors.rejectValue(field, "heltal", "Skriv et helt tal.");
            return null;
        }
        return v;
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
    public String getEffectKind() { return effectKind; }
    public void setEffectKind(String effectKind) { this.effectKind = effectKind; }
    public String getEffectPp() { return effectPp; }
    public void setEffectPp(String effectPp) { this.effectPp = effectPp; }
    public String getEffectFromWeek() { return effectFromWeek; }
    public void setEffectFromWeek(String effectFromWeek) { this.effectFromWeek = effectFromWeek; }
    public String getProfile1() { return profile1; }
    public void setProfile1(String profile1) { this.profile1 = profile1; }
    public String getProfile2() { return profile2; }
    public void setProfile2(String profile2) { this.profile2 = profile2; }
    public String getProfile3() { return profile3; }
    public void setProfile3(String profile3) { this.profile3 = profile3; }
    public String getProfile4() { return profile4; }
    public void setProfile4(String profile4) { this.profile4 = profile4; }
    public boolean isInflow() { return inflow; }
    public void setInflow(boolean inflow) { this.inflow = inflow; }
}
