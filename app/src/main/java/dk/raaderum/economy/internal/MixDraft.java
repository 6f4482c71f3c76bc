package dk.raaderum.economy.internal;

/** The activation-mix scenario as the API sends it; {@code effects} null: the assumed defaults. */
record MixDraft(String group, Integer citizens, Integer years, ActivationMix.Mix current, ActivationMix.Mix proposed,
        ActivationMix.Effects effects) {

    /** A Danish message naming the field, or null when the draft can be computed. */
    String problem() {
        if (group == null || Groups.index(group).isEmpty()) {
            return "group: Ydelsesgruppen findes ikke. Brug en af: " + String.join(", ", Groups.slugs()) + ".";
        }
        if (citizens == null || citizens < 1 || citizens > CaseCheck.MAX_CITIZENS) {
            return "citizens: Antal borgere skal være mellem 1 og 100.000.";
        }
        if (years != null && (years < 1 || years > 4)) {
            return "years: Antal år skal være 1, 2, 3 eller 4.";
        }
        String mix = mixProblem("current", "Det nuværende miks", current);
        if (mix == null) {
            mix = mixProblem("proposed", "Det foreslåede miks", proposed);
        }
        if (mix != null) {
            return mix;
        }
        if (effects != null) {
            for (double e : new double[] {effects.company(), effects.education(), effects.projects(), effects.nytte()}) {
                if (!Double.isFinite(e) || Math.abs(e) > 52) {
                    return "effects: En indsatstypes effekt skal være mellem -52 og 52 uger.";
                }
            }
        }
        return null;
    }

    private static String mixProblem(String field, String label, ActivationMix.Mix mix) {
        if (mix == null) {
            return field + ": " + label + " mangler (company, education, projects, nytte i procent).";
        }
        for (double share : new double[] {mix.company(), mix.education(), mix.projects(), mix.nytte()}) {
            if (!Double.isFinite(share) || share < 0) {
                return field + ": " + label + " kan ikke have negative andele.";
            }
        }
        if (Math.abs(mix.total() - 100) > 0.5) {
            return field + ": " + label + " skal give 100 % i alt; det giver "
                    + dk.raaderum.platform.DanishFormat.number(mix.total(), 1) + " %.";
        }
        return null;
    }
}
