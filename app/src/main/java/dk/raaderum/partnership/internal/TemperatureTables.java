package dk.raaderum.partnership.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.raaderum.partnership.Distribution;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.SurveyResults;
import dk.raaderum.partnership.SurveyRole;
import dk.raaderum.partnership.SurveyStatement;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;

/** The measurement's tables, as DataTables (so they download as CSV and Excel like every table). */
final class TemperatureTables {

    /** A mean on the scale 1–5. */
    static final Quantity SCORE = new Quantity(1, "", 1, false);
    static final Quantity SCORE_CHANGE = new Quantity(1, "point", 1, true);

    private TemperatureTables() {
    }

    static String source(Measurement m, String municipality) {
        return "Kilde: Råderums temperaturmåling, " + municipality + " Kommune " + m.year() + ". Skala 1–5. «For få svar»: "
                + "færre end " + SurveyResults.THRESHOLD + " svar. «Skjult»: tallet vises ikke, fordi en lille gruppe "
                + "ellers kunne regnes ud ved at trække de viste tal fra."
                + (m.synthetic() ? " Syntetiske svar, lavet til demonstration (eksempel)." : "");
    }

    static DataTable responses(SurveyResults.Results r, Map<SurveyRole, Integer> unused, String source) {
        DataTable.Builder t = DataTable.builder("svar", "Svar pr. rolle", "Rolle", "Koder lavet", "Svar", "Ubrugte koder");
        for (SurveyRole role : SurveyRole.values()) {
            int answered = r.respondents().getOrDefault(role, 0);
            int open = unused.getOrDefault(role, 0);
            if (answered + open > 0) {
                t.row(Cell.text(role.danish()), count(answered + open), count(answered), count(open));
            }
        }
        return t.source(source).build();
    }

    static DataTable byRecommendation(SurveyResults.Results r, String caption, String source) {
        List<SurveyRole> roles = roles(r);
        DataTable.Builder t = DataTable.builder("anbefalinger", caption, header("Anbefaling", roles));
        for (Recommendation rec : Recommendation.values()) {
            if (r.recommendation(rec, null).isEmpty()) {
                continue;
            }
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(rec.label()));
            roles.forEach(role -> row.add(mean(r.recommendation(rec, role))));
            row.add(mean(r.recommendation(rec, null)));
            t.row(row);
        }
        return t.source(source).build();
    }

    static DataTable byStatement(List<SurveyStatement> statements, SurveyResults.Results r, String source) {
        List<SurveyRole> roles = roles(r);
        DataTable.Builder t = DataTable.builder("udsagn", "Gennemsnit pr. udsagn og rolle (1 = helt uenig, 5 = helt enig)",
                header("Udsagn", roles));
        for (SurveyStatement s : statements) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(s.recommendation().number() + "." + s.position() + " " + s.text()));
            roles.forEach(role -> row.add(mean(r.statement(s, role))));
            row.add(mean(r.statement(s, null)));
            t.row(row);
        }
        return t.source(source).build();
    }

    static DataTable distribution(List<SurveyStatement> statements, SurveyResults.Results r, String source) {
        DataTable.Builder t = DataTable.builder("fordeling", "Svarfordeling pr. udsagn og rolle", "Udsagn", "Rolle",
                "Svar med score", "1", "2", "3", "4", "5", "Ved ikke", "Gennemsnit");
        List<SurveyRole> roles = roles(r);
        for (SurveyStatement s : statements) {
            List<SurveyRole> withAll = new ArrayList<>(roles);
            withAll.add(null);
            for (SurveyRole role : withAll) {
                Optional<SurveyResults.Cell> cell = r.statement(s, role);
                if (cell.isEmpty()) {
                    continue;
                }
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(s.recommendation().number() + "." + s.position() + " " + s.text()));
                row.add(Cell.text(role == null ? "Alle roller" : role.danish()));
                Distribution d = cell.get().shown();
                if (d == null) {
                    row.add(Cell.text(cell.get().visibility().danish()));
                    for (int i = 0; i < 7; i++) {
                        row.add(Cell.text("–"));
                    }
                } else {
                    row.add(count(d.n()));
                    for (int score = 1; score <= 5; score++) {
                        row.add(count(d.count(score)));
                    }
                    row.add(count(d.dontKnow()));
                    row.add(Cell.figure(d.mean(), SCORE));
                }
                t.row(row);
            }
        }
        return t.source(source).build();
    }

    static DataTable comparison(TemperatureComparison.Comparison c, String source) {
        List<String> header = new ArrayList<>(List.of("Anbefaling", "Denne måling (" + c.current().measurement().year() + ")"));
        c.previous().ifPresent(p -> header.addAll(List.of("Forrige måling (" + p.measurement().year() + ")", "Ændring")));
        for (TemperatureComparison.Average a : c.averages()) {
            header.add("Gns., " + a.partnership().shortName() + " (" + a.members()
                    + (a.members() == 1 ? " kommune)" : " kommuner)"));
        }
        DataTable.Builder t = DataTable.builder("sammenligning", "Vurdering pr. anbefaling mod forrige måling og "
                + "partnerskabets gennemsnit", header.toArray(String[]::new));
        for (Recommendation rec : Recommendation.values()) {
            List<Cell> row = new ArrayList<>();
            Double now = c.current().scores().get(rec);
            row.add(Cell.text(rec.label()));
            row.add(Cell.figure(now, SCORE));
            c.previous().ifPresent(p -> {
                Double before = p.scores().get(rec);
                row.add(Cell.figure(before, SCORE));
                row.add(Cell.figure(now == null || before == null ? null
                        : DanishFormat.rounded(now, 1) - DanishFormat.rounded(before, 1), SCORE_CHANGE));
            });
            c.averages().forEach(a -> row.add(Cell.figure(a.scores().get(rec), SCORE)));
            t.row(row);
        }
        return t.source(source + " Vurderingen er gennemsnittet for alle roller, når det kan vises, ellers gennemsnittet "
                + "af de viste rollers gennemsnit. Partnerskabets gennemsnit bruger den nyeste måling hos de andre "
                + "medlemmer, der deler med netværket; hver kommune tæller én gang.").build();
    }

    static DataTable interviews(List<Interview> interviews) {
        DataTable.Builder t = DataTable.builder("interview", "Interview", "Dato", "Rolle", "Temaer", "Hovedpunkter");
        for (Interview i : interviews) {
            t.row(Cell.text(DanishFormat.date(i.date())), Cell.text(i.role().danish()),
                    Cell.text(i.themes().stream().map(r -> "Anbefaling " + r.number()).collect(Collectors.joining(", "))),
                    Cell.text(i.keyPoints()));
        }
        return t.source("Interviewnoter hører til kommunen og deles ikke med netværket.").build();
    }

    /** The roles that have answered, in their order. */
    static List<SurveyRole> roles(SurveyResults.Results r) {
        return Arrays.stream(SurveyRole.values()).filter(r.respondents()::containsKey).toList();
    }

    private static String[] header(String first, List<SurveyRole> roles) {
        List<String> header = new ArrayList<>();
        header.add(first);
        roles.forEach(role -> header.add(role.shortName()));
        header.add("Alle roller");
        return header.toArray(String[]::new);
    }

    private static Cell mean(Optional<SurveyResults.Cell> cell) {
        if (cell.isEmpty()) {
            return Cell.text("–");
        }
        return cell.get().suppressed() ? Cell.text(cell.get().visibility().danish()) : Cell.figure(cell.get().mean(), SCORE);
    }

    private static Cell count(int n) {
        return Cell.figure((double) n, Quantity.COUNT);
    }
}
