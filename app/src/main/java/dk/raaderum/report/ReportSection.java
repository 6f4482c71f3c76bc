package dk.raaderum.report;

import java.util.List;
import java.util.Optional;

import dk.raaderum.indicator.Period;
import dk.raaderum.platform.table.DataTable;

/**
 * A section another module adds to the committee report ("Opfølgning på beskæftigelsesindsatsen"), e.g. the action
 * plan of the six recommendations, progression in aggregate, or the economy forward. Implement it as a Spring bean;
 * the report shows every section a module returns, in {@link Content#order()}, after its own sections, in HTML and
 * the tagged PDF alike. Every sentence must come from a tested rule, as the report's own summary does.
 */
public interface ReportSection {

    /**
     * The section for the municipality and quarter, or empty when the module has nothing to say.
     *
     * @param forPlanReaders true when the reader may read the municipality's own documents (plan, actions, aggregates
     *                       of personal data); a public report must get only public figures
     */
    Optional<Content> content(int municipality, Period quarter, boolean forPlanReaders);

    /**
     * @param order      where it goes among the contributed sections (lower first)
     * @param paragraphs sentences, each already in Danish formats
     * @param tables     tables, rendered like the report's own
     * @param svgCharts  charts as SVG (drawn on the server), each with a text alternative in {@code chartDescriptions}
     * @param source     the sources and freshness of the figures, for the section's footnote and the page footer
     */
    record Content(String id, String title, int order, List<String> paragraphs, List<DataTable> tables,
            List<String> svgCharts, List<String> chartDescriptions, String source) {

        public Content {
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
            svgCharts = List.copyOf(svgCharts);
            chartDescriptions = List.copyOf(chartDescriptions);
            if (svgCharts.size() != chartDescriptions.size()) {
                throw new IllegalArgumentException("every chart needs a text alternative");
            }
        }
    }
}
