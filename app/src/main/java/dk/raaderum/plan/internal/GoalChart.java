package dk.raaderum.plan.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Forecast;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;

/** A goal's chart: the figures so far, the forecast to the deadline with its interval, and the target as a line. */
@Component
class GoalChart {

    private final JsonMapper json = JsonMapper.builder().build();

    /** The chart's JSON (for charts.js's band chart) and the same figures as a table. */
    record View(String data, DataTable table, String description) {
    }

    View of(FollowedGoal goal, GoalAssessor.History history) {
        Map<YearMonth, Double> actual = new LinkedHashMap<>();
        history.values().forEach(v -> actual.put(v.month(), v.value()));
        Map<YearMonth, Forecast> forecast = new HashMap<>();
        history.forecast().forEach(f -> forecast.put(f.month(), f));
        List<YearMonth> months = new ArrayList<>(actual.keySet());
        history.forecast().stream().map(Forecast::month).filter(m -> !actual.containsKey(m)).forEach(months::add);
        List<String> labels = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        var q = PlanTables.quantity(goal);
        DataTable.Builder table = DataTable.builder("udvikling", goal.goal().title() + ": tal, prognose og mål ("
                + goal.unit() + ")", "Måned", "Faktisk", "Prognose", "Nedre grænse (80 %)", "Øvre grænse (80 %)", "Mål");
        for (YearMonth m : months) {
            Forecast f = forecast.get(m);
            labels.add(DanishFormat.month(m.atDay(1)));
            seen.add(actual.get(m));
            expected.add(f == null ? null : f.value());
            lower.add(f == null ? null : f.lower());
            upper.add(f == null ? null : f.upper());
            target.add(goal.goal().target());
            table.row(Cell.text(DanishFormat.month(m.atDay(1))), Cell.figure(actual.get(m), q),
                    Cell.figure(f == null ? null : f.value(), q), Cell.figure(f == null ? null : f.lower(), q),
                    Cell.figure(f == null ? null : f.upper(), q), Cell.figure(goal.goal().target(), q));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("periods", labels);
        data.put("actual", seen);
        data.put("expected", expected);
        data.put("lower", lower);
        data.put("upper", upper);
        data.put("target", target);
        data.put("unit", goal.unit());
        data.put("actualLabel", "Faktisk");
        data.put("expectedLabel", "Prognose");
        data.put("bandLabel", "80 %-interval");
        data.put("targetLabel", "Mål");
        String description = "Linjediagram: " + goal.indicatorName() + " måned for måned"
                + (history.forecast().isEmpty() ? "" : ", prognosen frem til fristen med 80 %-interval")
                + " og målet på " + q.text(goal.goal().target()) + ". Tallene står i tabellen under diagrammet.";
        return new View(json.writeValueAsString(data).replace("</", "<\\/"), table.build(), description);
    }
}
