package dk.raaderum.company;

/**
 * The stable ids of the company metrics in the indicator catalogue (goals can be set on them in the plan). Values are
 * per municipality and month; quarters and years are stored where a rollup of months would be wrong (distinct
 * companies, medians) or would expose a withheld month.
 */
public final class CompanyIndicators {

    /** Companies with at least one løntilskud, virksomhedspraktik or fleksjob running in the period. */
    public static final String COLLABORATING = "virk_samarbejde_antal";
    /** The municipality's companies (entered per year by the leder, e.g. from Statistics Denmark); a denominator. */
    public static final String COMPANIES = "virk_i_kommunen_antal";
    /** Collaborating companies in per cent of the municipality's companies. */
    public static final String COLLABORATING_SHARE = "virk_samarbejde_andel";
    /** Company-based efforts started (persons; 1-4 withheld). */
    public static final String STARTED = "virk_forloeb_startet";
    /** Of those, in private companies. */
    public static final String STARTED_PRIVATE = "virk_forloeb_privat_startet";
    /** Efforts started per 1,000 inhabitants 16-66 years old ({@code befolkning_16_66_afledt}). */
    public static final String PER_1000 = "virk_forloeb_pr_1000";
    /** Share of efforts started in private companies. */
    public static final String PRIVATE_SHARE = "virk_forloeb_privat_andel";
    /** Efforts that ended in the period, followed six months. */
    public static final String FOLLOWED = "virk_forloeb_fulgt";
    /** Of those, ended in ordinary work or education within six months. */
    public static final String IN_WORK = "virk_forloeb_job_6m";
    /** Share of followed efforts that ended in ordinary work or education within six months. */
    public static final String IN_WORK_SHARE = "virk_forloeb_job_6m_andel";
    /** Median answer time, in days, to companies' inquiries received in the period. */
    public static final String MEDIAN_ANSWER = "virk_svartid_median_dage";
    /** Inquiries whose outcome against the service level is known. */
    public static final String DECIDED = "virk_henvendelser_afgjort";
    /** Of those, answered within the service level the council set. */
    public static final String IN_TIME = "virk_svartid_overholdt";
    /** Share of inquiries answered within the service level. */
    public static final String IN_TIME_SHARE = "virk_svartid_overholdt_andel";
    /** Partnership agreements in force at the end of the period. */
    public static final String AGREEMENTS = "virk_partnerskabsaftaler";

    private CompanyIndicators() {
    }
}
