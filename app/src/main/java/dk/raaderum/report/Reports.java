package dk.raaderum.report;

import java.util.Optional;

import dk.raaderum.indicator.Period;

/** Makes the committee report and the weekly one-pager for a municipality. */
public interface Reports {

    /**
     * The quarterly follow-up report. {@code withPlan} decides whether the plan's goals are included (only for
     * readers who may see the municipality's plan).
     *
     * @throws IllegalArgumentException (with a Danish message) when {@link #refusal} has a reason
     */
    byte[] committeeReport(int municipality, Period quarter, ReportFormat format, boolean withPlan);

    /** The newest quarter whose three months all have data, if any. */
    Optional<Period> latestCompleteQuarter();

    /** Why there can be no report for the period (not a quarter, or not over yet in the data), or empty. */
    Optional<String> refusal(Period quarter);

    /** The weekly one-page PDF; {@code team} narrows the goals to one team's share of them, or null for all. */
    byte[] weeklyOnePager(int municipality, String team);

    /**
     * Any complete HTML document in the reports' style (its {@code <title>} and {@code lang} become the PDF's) as a
     * tagged PDF/UA with the reports' embedded font, for modules with their own documents (e.g. a council
     * presentation).
     */
    byte[] pdf(String html);
}
