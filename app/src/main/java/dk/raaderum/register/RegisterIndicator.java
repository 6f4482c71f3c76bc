package dk.raaderum.register;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The indicators a register import fills: {@code reg_<group>_<measure>}, e.g. {@code reg_kontanthjaelp_udgift_kommune}.
 * The only place their ids are built or read; every page, report and rule asks here.
 *
 * @param group   the benefit group's slug (e.g. {@code kontanthjaelp}, {@code alle_ydelser})
 * @param measure what is measured
 */
public record RegisterIndicator(String group, Measure measure) {

    private static final String PREFIX = "reg_";

    /** Every benefit together: spells into and out of public support as such. */
    public static final String ALL = "alle_ydelser";

    /** What a register indicator measures; {@code suffix} ends its id. */
    public enum Measure {
        FULL_TIME("fuldtid"), PERSONS("personer"), INFLOW("tilgang"), OUTFLOW("afgang"), GROSS("udgift_brutto"),
        MUNICIPAL("udgift_kommune"), STATE("udgift_stat"), MUNICIPAL_TIER_1("kommune_trin1"),
        MUNICIPAL_TIER_2("kommune_trin2"), MUNICIPAL_TIER_3("kommune_trin3"), MUNICIPAL_TIER_4("kommune_trin4"),
        WEEKS_TIER_1("trin1_uger"), WEEKS_TIER_2("trin2_uger"), WEEKS_TIER_3("trin3_uger"), WEEKS_TIER_4("trin4_uger"),
        FULL_TIME_TIER_4("trin4_fuldtid"), ENDED_FOLLOWED("afsluttet_fulgt"), SELF_SUPPORTING_26("selvforsoergende_26"),
        MUNICIPAL_SHARE("kommunal_andel"), SHARE_OF_POPULATION("pct_befolkning"),
        SELF_SUPPORTING_SHARE("andel_selvforsoergende_26");

        private final String suffix;

        Measure(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }

        /** The municipal cost in refusion tier 1–4. */
        public static Measure municipalTier(int tier) {
            return values()[MUNICIPAL_TIER_1.ordinal() + tier - 1];
        }

        /** The person-weeks in refusion tier 1–4. */
        public static Measure weeksTier(int tier) {
            return values()[WEEKS_TIER_1.ordinal() + tier - 1];
        }
    }

    public static RegisterIndicator of(String group, Measure measure) {
        return new RegisterIndicator(group, measure);
    }

    /** For a Jobindsats benefit group name as the rules table has it ("Selvforsøgelses- og hjemrejseydelse mv."). */
    public static RegisterIndicator ofGroupName(String jobindsatsGroup, Measure measure) {
        return new RegisterIndicator(slug(jobindsatsGroup), measure);
    }

    public String id() {
        return PREFIX + group + "_" + measure.suffix();
    }

    /** The register indicator an id names, if it is one. */
    public static Optional<RegisterIndicator> parse(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        // the longest suffix first, so "udgift_kommune" is not read as a group ending in "udgift"
        return Arrays.stream(Measure.values()).sorted((a, b) -> b.suffix.length() - a.suffix.length())
                .filter(m -> id.endsWith("_" + m.suffix) && id.length() > PREFIX.length() + m.suffix.length() + 1)
                .findFirst()
                .map(m -> new RegisterIndicator(id.substring(PREFIX.length(), id.length() - m.suffix.length() - 1), m));
    }

    public static boolean isRegister(String indicatorId) {
        return parse(indicatorId).isPresent();
    }

    /** "Selvforsørgelses- og hjemrejseydelse mv." → "selvforsoergelses_og_hjemrejseydelse". */
    public static String slug(String group) {
        String ascii = group.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replace(" mv.", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
