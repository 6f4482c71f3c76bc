package dk.raaderum.progression.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.progression.Assessment;
import dk.raaderum.progression.Dimension;
import dk.raaderum.progression.SubGoalProgress;

/** The caseworker's tables and chart: the same figures in both, so the chart is never the only way in. */
@Component
class CitizenViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Quantity SCORE = new Quantity(1, "", 1, false);

    record Line(String label, List<Double> values, boolean hidden) {
    }

    record Chart(String id, List<String> dates, List<Line> lines) {
    }

    record View(DataTable scores, DataTable ownScores, DataTable subGoals, String chartJson, String chartText) {
    }

    DataTable list(int code, List<CitizenRepository.Summary> citizens) {
        DataTable.Builder t = DataTable.builder("borgere", "Borgere, du har adgang til", "Sagsreference", "Målgruppe",
                "Team", "Indsats", "Vurderinger", "Seneste vurdering", "Sagen");
        for (CitizenRepository.Summary s : citizens) {
            t.row(Cell.link(s.caseRef() + (s.synthetic() ? " (syntetisk)" : ""), "/kommune/" + code + "/borgere/" + s.id()),
                    Cell.text(s.targetGroup().danish()), Cell.text(s.team()),
                    Cell.text(s.effort() == null ? "" : s.effort().danish()),
                    Cell.figure((double) s.assessments(), Quantity.COUNT),
                    Cell.text(s.lastAssessment() == null ? "ingen" : DanishFormat.date(s.lastAssessment())),
                    Cell.text(s.closedOn() == null ? "åben" : "lukket " + DanishFormat.date(s.closedOn())));
        }
        return t.source("Kilde: jobcentrets egne registreringer i Råderum. Personoplysninger: din visning er logget.")
                .build();
    }

    View citizen(CitizenRecord r, List<Dimension> dimensions) {
        List<Assessment> assessments = r.plainAssessments();
        List<String> dates = assessments.stream().map(a -> DanishFormat.date(a.date())).toList();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Gennemsnit, sagsbehandler", assessments.stream().map(a -> mean(a.caseworker())).toList(),
                false));
        lines.add(new Line("Gennemsnit, borgerens egen", assessments.stream().map(a -> mean(a.citizen())).toList(),
                false));
        for (Dimension d : dimensions) {
            lines.add(new Line(d.name(), assessments.stream().map(a -> score(a.caseworker().get(d.id()))).toList(), true));
        }
        String chart = JSON.writeValueAsString(new Chart("udvikling", dates, lines)).replace("</", "<\\/");
        return new View(scores("vurderinger", "Sagsbehandlerens vurdering pr. dimension (1-5)", r, dimensions,
                Assessment::caseworker), scores("egne-vurderinger", "Borgerens egen vurdering pr. dimension (1-5)", r,
                dimensions, Assessment::citizen), subGoals(r), chart, chartText(assessments));
    }

    private static DataTable scores(String id, String caption, CitizenRecord r, List<Dimension> dimensions,
            Function<Assessment, Map<String, Integer>> which) {
        List<String> header = new ArrayList<>(List.of("Dimension"));
        r.plainAssessments().forEach(a -> header.add(DanishFormat.date(a.date())));
        DataTable.Builder t = DataTable.builder(id, caption, header.toArray(String[]::new));
        for (Dimension d : dimensions) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(d.name())));
            r.plainAssessments().forEach(a -> row.add(text(which.apply(a).get(d.id()))));
            t.row(row);
        }
        List<Cell> means = new ArrayList<>(List.of(Cell.text("Gennemsnit")));
        r.plainAssessments().forEach(a -> {
            Double mean = mean(which.apply(a));
            means.add(Cell.text(mean == null ? Drafts.NOT_ASSESSED : SCORE.text(mean)));
        });
        t.row(means);
        List<Cell> efforts = new ArrayList<>(List.of(Cell.text("Indsats")));
        r.plainAssessments().forEach(a -> efforts.add(Cell.text(a.effort() == null ? "" : a.effort().danish())));
        t.row(efforts);
        return t.source("1 = langt fra, 5 = tæt på arbejde eller uddannelse." + (r.synthetic()
                ? " Syntetiske demodata, ikke en virkelig borger." : "")).build();
    }

    private static DataTable subGoals(CitizenRecord r) {
        List<String> header = new ArrayList<>(List.of("Delmål"));
        r.assessments().forEach(a -> header.add(DanishFormat.date(a.assessment().date())));
        DataTable.Builder t = DataTable.builder("delmaal", "Fremskridt på borgerens delmål", header.toArray(String[]::new));
        for (CitizenRecord.SubGoal g : r.subGoals()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(g.text())));
            r.assessments().forEach(a -> {
                SubGoalProgress p = a.subGoals().get(g.id());
                row.add(Cell.text(p == null ? "ikke vurderet" : p.danish()));
            });
            t.row(row);
        }
        return t.build();
    }

    /** The chart's text alternative: first and newest mean, in words. */
    static String chartText(List<Assessment> assessments) {
        List<Double> means = assessments.stream().map(a -> mean(a.caseworker())).filter(m -> m != null).toList();
        if (means.size() < 2) {
            return "Der er endnu ikke to vurderinger at sammenligne.";
        }
        return "Sagsbehandlerens gennemsnitlige vurdering gik fra " + DanishFormat.number(means.get(0), 1) + " til "
                + DanishFormat.number(means.get(means.size() - 1), 1) + " over " + means.size()
                + " vurderinger. Tallene står i tabellen under grafen.";
    }

    private static Cell text(Integer score) {
        return Cell.text(score == null ? Drafts.NOT_ASSESSED : score.toString());
    }

    private static Double score(Integer score) {
        return score == null ? null : score.doubleValue();
    }

    private static Double mean(Map<String, Integer> scores) {
        return scores.isEmpty() ? null : scores.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
