package dk.raaderum.overview.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.raaderum.plan.DecisionSummary;
import dk.raaderum.platform.DanishFormat;

/** The sentences of the overview's tile on the committee's cases. */
final class Decisions {

    private Decisions() {
    }

    /**
     * "Senest besluttet: Flere virksomhedskonsulenter (mødet 12. nov. 2026), valgt: Alternativ A." and
     * "Venter på afgørelse: Ny sag (mødet 3. dec. 2026)." — or that there are no cases.
     */
    static List<String> sentences(List<DecisionSummary> cases) {
        if (cases.isEmpty()) {
            return List.of("Der er ikke registreret udvalgssager i Råderum.");
        }
        List<String> sentences = new ArrayList<>();
        Optional<DecisionSummary> latest = cases.stream().filter(DecisionSummary::decided)
                .max(java.util.Comparator.comparing(DecisionSummary::meetingDate));
        latest.ifPresent(c -> sentences.add("Senest besluttet: " + c.title() + " (mødet " + DanishFormat.date(c.meetingDate())
                + ")" + (c.chosenAlternative() == null ? "." : ", valgt: " + c.chosenAlternative() + ".")));
        List<DecisionSummary> pending = cases.stream().filter(c -> !c.decided())
                .sorted(java.util.Comparator.comparing(DecisionSummary::meetingDate)).toList();
        if (pending.isEmpty()) {
            sentences.add("Ingen sager venter på afgørelse.");
        } else {
            DecisionSummary next = pending.get(0);
            sentences.add("Venter på afgørelse: " + next.title() + " (mødet " + DanishFormat.date(next.meetingDate()) + ")"
                    + (pending.size() > 1 ? " og " + (pending.size() - 1) + (pending.size() == 2 ? " sag mere." : " sager mere.")
                            : "."));
        }
        return sentences;
    }
}
