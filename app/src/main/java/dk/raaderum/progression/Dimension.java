package dk.raaderum.progression;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One thing a citizen is assessed on, 1 (far from work) to 5 (close to it). The default set is modelled on the
 * eleven indicators of the Beskæftigelsesindikatorprojekt (BIP); a municipality can keep its own set.
 */
public record Dimension(String id, String name) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,39}");

    /** The default set, BIP style. */
    public static final List<Dimension> DEFAULTS = List.of(
            new Dimension("helbredsmestring", "Helbredsmestring"),
            new Dimension("hverdagsmestring", "Hverdagsmestring"),
            new Dimension("tro_paa_job", "Tro på at få et job"),
            new Dimension("jobsoegning", "Jobsøgningsadfærd"),
            new Dimension("samarbejdsevne", "Samarbejdsevne"),
            new Dimension("sociale_kompetencer", "Sociale kompetencer"),
            new Dimension("faglige_kvalifikationer", "Faglige kvalifikationer"),
            new Dimension("arbejdsidentitet", "Arbejdsidentitet"),
            new Dimension("netvaerk", "Støtte fra netværket"),
            new Dimension("motivation", "Motivation for arbejde eller uddannelse"),
            new Dimension("fysisk_formaaen", "Fysisk formåen i forhold til arbejde"));

    /** Lower-case letters, digits and '_', 2 to 40 characters, starting with a letter. */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
