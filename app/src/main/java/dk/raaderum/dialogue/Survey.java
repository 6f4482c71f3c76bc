package dk.raaderum.dialogue;

import java.util.Arrays;
import java.util.Optional;

/** The two satisfaction surveys and their indicators: the share satisfied, from the satisfied and the respondents. */
public enum Survey {
    BORGERE("borgere", "Borgertilfredshed", "tilfredshed_borgere"),
    VIRKSOMHEDER("virksomheder", "Virksomhedstilfredshed", "tilfredshed_virksomheder");

    private final String key;
    private final String danish;
    private final String indicator;

    Survey(String key, String danish, String indicator) {
        this.key = key;
        this.danish = danish;
        this.indicator = indicator;
    }

    public String danish() {
        return danish;
    }

    /** The share satisfied, in per cent of the respondents. */
    public String indicator() {
        return indicator;
    }

    /** The satisfied respondents (numerator). */
    public String satisfied() {
        return indicator + "_tilfredse";
    }

    /** The respondents (denominator). */
    public String respondents() {
        return indicator + "_svar";
    }

    public static Optional<Survey> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.key.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)
                || s.danish.equalsIgnoreCase(t)).findFirst();
    }
}
