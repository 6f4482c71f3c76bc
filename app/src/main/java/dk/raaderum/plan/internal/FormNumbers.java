package dk.raaderum.plan.internal;

import java.util.ArrayList;
import java.util.List;
import dk.raaderum.platform.StrictNumbers;

/** Numbers and team lines typed into the Danish forms. */
final class FormNumbers {

    private FormNumbers() {
    }

    /**
     * "1.234,5" → 1234.5; blank → null; anything else → NaN, which the draft check refuses with a message naming
     * the field. "2.5" is refused rather than guessed at (is it 2,5 or 25?).
     */
    static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return StrictNumbers.parse(text, StrictNumbers.Style.DANISH).orElse(Double.NaN);
    }

    /** One team per line, as {@code hold; mål; ansvarlig}. A line without a number gets NaN as its target. */
    static List<Drafts.TeamDraft> teams(String lines) {
        List<Drafts.TeamDraft> teams = new ArrayList<>();
        if (lines == null) {
            return teams;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            Double target = parts.length > 1 ? parse(parts[1]) : null;
            teams.add(new Drafts.TeamDraft(parts[0].strip(), target == null ? Double.NaN : target,
                    parts.length > 2 ? parts[2].strip() : ""));
        }
        return teams;
    }
}
