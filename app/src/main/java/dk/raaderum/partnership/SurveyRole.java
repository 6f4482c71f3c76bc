package dk.raaderum.partnership;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who answers the temperature survey. The point of asking across roles is the gap: politicians, management and
 * staff often judge the same effort very differently.
 */
public enum SurveyRole {
    POLITIKER("Kommunalbestyrelse og udvalg", "Politikere", "politikerne"),
    DIREKTION("Direktion", "Direktion", "direktionen"),
    LEDER("Ledere (fagchefer og afdelingsledere)", "Ledere", "lederne"),
    MEDARBEJDER("Medarbejdere", "Medarbejdere", "medarbejderne"),
    PARTNER("Samarbejdspartnere (virksomheder, a-kasser, uddannelsesinstitutioner)", "Partnere",
            "samarbejdspartnerne");

    private final String danish;
    private final String shortName;
    private final String inSentence;

    SurveyRole(String danish, String shortName, String inSentence) {
        this.danish = danish;
        this.shortName = shortName;
        this.inSentence = inSentence;
    }

    public String danish() {
        return danish;
    }

    /** The role in a table heading: "Ledere". */
    public String shortName() {
        return shortName;
    }

    /** The role as the subject of a sentence: "medarbejderne". */
    public String inSentence() {
        return inSentence;
    }

    /** The constant's name, ignoring case and surrounding space. */
    public static Optional<SurveyRole> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }
}
