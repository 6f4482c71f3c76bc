package dk.raaderum.engine;

/** One line of the rules table: a benefit code, its Jobindsats group, its scheme and its priority. */
public record BenefitRule(int index, String code, String name, String group, Scheme scheme, int priority)
        implements java.io.Serializable {
}
