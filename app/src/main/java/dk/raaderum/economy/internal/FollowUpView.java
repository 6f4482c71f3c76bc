package dk.raaderum.economy.internal;

import java.util.List;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;

/** A case's follow-up as a table (quarters without data say so) and as the API's JSON. */
final class FollowUpView {

    static final String NO_DATA = "ingen data endnu";

    private FollowUpView() {
    }

    record QuarterJson(String quarter, String status, Double without_case_person_weeks, Double expected_person_weeks,
            Double actual_person_weeks, Double expected_municipal_dkk, Double actual_municipal_dkk) {
    }

    record FollowUpJson(long id, String start_month, Long decision_id, Long alternative_id, List<Long> goals,
            String data_until, List<QuarterJson> quarters, String source, boolean synthetic) {
    }

    static FollowUpJson json(CaseLinks.FollowedUp f) {
        List<QuarterJson> quarters = f.quarters().stream().map(q -> f.hidden()
                ? new QuarterJson(quarter(q), EconomyPages.HIDDEN, null, null, null, null, null)
                : new QuarterJson(quarter(q), q.hasData() ? "data" : NO_DATA, q.withoutCaseWeeks(), q.expectedWeeks(),
                        q.actualWeeks(), q.expectedDkk(), q.actualDkk())).toList();
        return new FollowUpJson(f.stored().id(), f.link().start().toString(), f.link().decisionId(),
                f.link().alternativeId(), f.link().goals(), f.dataUntil().toString(), quarters, f.register().source(),
                f.register().synthetic());
    }

    static DataTable table(CaseLinks.FollowedUp f) {
        DataTable.Builder t = DataTable.builder("case-opfoelgning", "Opfølgning: faktisk mod forventet for "
                + Groups.name(f.stored().group()) + " pr. kvartal fra " + DanishFormat.month(f.link().start().atDay(1)),
                "Kvartal", "Personuger uden casen (prognose)", "Forventede personuger med casen", "Faktiske personuger",
                "Forventet udgift med casen", "Faktisk udgift", "Faktisk minus forventet");
        for (CaseFollowUp.Quarter q : f.quarters()) {
            if (f.hidden()) {
                t.row(Cell.text(quarter(q)), Cell.text(EconomyPages.HIDDEN), Cell.text(EconomyPages.HIDDEN),
                        Cell.text(EconomyPages.HIDDEN), Cell.text(EconomyPages.HIDDEN), Cell.text(EconomyPages.HIDDEN),
                        Cell.text(EconomyPages.HIDDEN));
            } else if (!q.hasData()) {
                t.row(Cell.text(quarter(q)), Cell.figure(q.withoutCaseWeeks(), Quantity.COUNT),
                        Cell.figure(q.expectedWeeks(), Quantity.COUNT), Cell.text(NO_DATA),
                        Cell.figure(q.expectedDkk(), Quantity.MILLION_KRONER), Cell.text(NO_DATA), Cell.text(NO_DATA));
            } else {
                t.row(Cell.text(quarter(q)), Cell.figure(q.withoutCaseWeeks(), Quantity.COUNT),
                        Cell.figure(q.expectedWeeks(), Quantity.COUNT), Cell.figure(q.actualWeeks(), Quantity.COUNT),
                        Cell.figure(q.expectedDkk(), Quantity.MILLION_KRONER),
                        Cell.figure(q.actualDkk(), Quantity.MILLION_KRONER),
                        Cell.figure(q.actualDkk() - q.expectedDkk(), Quantity.MILLION_KRONER.withSign()));
            }
        }
        return t.source(EconomyPages.source(f.register()) + " Forventet: prognosen med data til måneden før starten, "
                + "minus casens forventede besparelse.").build();
    }

    /** "Der er endnu ingen data efter starten" or how many quarters have data. */
    static String sentence(CaseLinks.FollowedUp f) {
        long seen = f.quarters().stream().filter(CaseFollowUp.Quarter::hasData).count();
        return seen == 0 ? "Der er ingen data endnu efter casens start: registret rækker til "
                + DanishFormat.month(f.dataUntil().atDay(1)) + ". Tabellen viser det forventede forløb."
                : seen + " af " + f.quarters().size() + " kvartaler har data (registret rækker til "
                        + DanishFormat.month(f.dataUntil().atDay(1)) + "); resten er markeret \"" + NO_DATA + "\".";
    }

    static String quarter(CaseFollowUp.Quarter q) {
        return q.from() + " til " + q.from().plusMonths(2);
    }
}
