package dk.raaderum.plan.internal;

import java.util.Map;

/** The fields of the steering documents as the forms name them, for messages a user can act on. */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Titel"), Map.entry("kind", "Type"), Map.entry("targetGroup", "Målgruppe"),
            Map.entry("indicator", "Indikator"), Map.entry("baselineMonth", "Basislinjens måned"),
            Map.entry("baselineValue", "Basislinje"), Map.entry("target", "Målværdi"), Map.entry("direction", "Retning"),
            Map.entry("deadline", "Frist"), Map.entry("owner", "Ansvarlig"), Map.entry("planYear", "Planår"),
            Map.entry("teams", "Nedbrydning på hold"), Map.entry("teams.team", "Hold"),
            Map.entry("teams.target", "Holdets mål"), Map.entry("teams.owner", "Holdets ansvarlige"),
            Map.entry("body", "Tekst"), Map.entry("principles", "Principper"),
            Map.entry("beyondMinimum", "Indsats ud over lovens minimum"), Map.entry("availability", "Rådighed og sanktioner"),
            Map.entry("mixCompany", "Virksomhedsrettet"), Map.entry("mixEducation", "Uddannelse"),
            Map.entry("mixProjects", "Kommunale projekter"), Map.entry("mixNytte", "Nytteindsats"),
            Map.entry("budgetDkk", "Budget (kr.)"), Map.entry("background", "Baggrund"),
            Map.entry("meetingDate", "Mødedato"), Map.entry("alternatives", "Indstillinger"),
            Map.entry("alternatives.title", "Indstillingens titel"),
            Map.entry("alternatives.expectedEffect", "Forventet effekt"),
            Map.entry("alternatives.expectedCost", "Forventet udgift"), Map.entry("alternative", "Valgt indstilling"),
            Map.entry("rationale", "Begrundelse"), Map.entry("goals", "Mål"), Map.entry("id", "Mål"));

    private FieldLabels() {
    }

    static String of(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** The form field a draft's field is typed into (team lines are one text area). */
    static String formField(String field) {
        return field.startsWith("teams.") ? "teams" : field.startsWith("alternatives.") ? "alternatives" : field;
    }
}
