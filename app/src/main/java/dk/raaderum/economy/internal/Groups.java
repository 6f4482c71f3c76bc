package dk.raaderum.economy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import dk.raaderum.engine.BenefitRule;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.register.RegisterIndicator;

/**
 * The Jobindsats benefit groups of the default rules table, by the slug the {@code reg_<gruppe>_…} indicators use
 * (e.g. {@code kontanthjaelp}); {@link #ALL} is every group together.
 */
final class Groups {

    static final String ALL = "alle";

    private static final RulesTable RULES = RulesTable.defaults();
    private static final List<String> SLUGS = new ArrayList<>();
    private static final List<String> NAMES = new ArrayList<>();
    private static final int[] GROUP_OF = new int[RULES.size()];

    static {
        for (BenefitRule rule : RULES.all()) {
            String slug = RegisterIndicator.slug(rule.group());
            if (!SLUGS.contains(slug)) {
                SLUGS.add(slug);
                NAMES.add(rule.group());
            }
            GROUP_OF[rule.index()] = SLUGS.indexOf(slug);
        }
    }

    private Groups() {
    }

    static int count() {
        return SLUGS.size();
    }

    static String slug(int group) {
        return SLUGS.get(group);
    }

    /** The Danish name ("Kontanthjælp"), or "Alle ydelser" for {@link #ALL}. */
    static String name(String slug) {
        return slug.equals(ALL) ? "Alle ydelser" : NAMES.get(SLUGS.indexOf(slug));
    }

    static List<String> slugs() {
        return List.copyOf(SLUGS);
    }

    /** The group of a benefit index of the default rules table. */
    static int ofBenefit(int benefit) {
        return GROUP_OF[benefit];
    }

    /** The first benefit of the rules table in the group. */
    static int firstBenefit(int group) {
        for (int b = 0; b < GROUP_OF.length; b++) {
            if (GROUP_OF[b] == group) {
                return b;
            }
        }
        throw new IllegalArgumentException("no benefit in group " + group);
    }

    static OptionalInt index(String slug) {
        int i = SLUGS.indexOf(slug);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }
}
