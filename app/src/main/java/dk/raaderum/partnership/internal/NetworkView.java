package dk.raaderum.partnership.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.GoalStatus;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.security.CurrentUser;
import dk.raaderum.security.MunicipalityAccess;

/**
 * The partnership's members side by side: public results against the expected level and the change since the
 * partnership began, and, for members that share with the network (or the reader's own municipality), goals on track
 * and the newest temperature measurement by recommendation.
 */
@Service
class NetworkView {

    static final String UNEMPLOYED = "ledige_pct_arbejdsstyrke";
    static final String CASH_BENEFIT = "kontanthjaelp_pct_befolkning";
    /** Differences in procentpoint, the unit in the heading. */
    private static final Quantity POINTS = new Quantity(2, "", 1, true);

    /** One member's row, as figures (null when missing) and what the reader may not see. */
    record Row(int code, String name, String stage, Double unemployedDifference, Double cashDifference,
            Double cashChange, boolean visible, Integer goalsOnTrack, Integer goals, List<Double> temperature,
            Integer temperatureYear, boolean syntheticTemperature) {
    }

    record View(Partnership partnership, Period quarter, Period from, Period to, List<Row> rows, DataTable table) {
    }

    private final Figures figures;
    private final PlanFollowUp plan;
    private final TemperatureComparison temperature;
    private final MunicipalityAccess access;

    NetworkView(Figures figures, PlanFollowUp plan, TemperatureComparison temperature, MunicipalityAccess access) {
        this.figures = figures;
        this.plan = plan;
        this.temperature = temperature;
        this.access = access;
    }

    View view(Partnership p, Authentication reader) {
        Optional<Integer> own = CurrentUser.of(reader).flatMap(CurrentUser::municipality);
        Optional<Indicator> unemployed = figures.indicator(UNEMPLOYED);
        Optional<Indicator> cash = figures.indicator(CASH_BENEFIT);
        Period quarter = cash.flatMap(figures::newestQuarter).orElse(null);
        Period to = cash.flatMap(figures::newestMonth).orElse(null);
        Period start = Period.containing(PeriodType.MONTH, p.from());
        Period from = cash.flatMap(figures::firstMonth).map(first -> first.compareTo(start) > 0 ? first : start)
                .orElse(null);
        List<Row> rows = new ArrayList<>();
        for (Partnership.Stage stage : p.stages()) {
            for (Partnership.Member m : stage.members()) {
                boolean visible = own.filter(c -> c == m.code()).isPresent() || access.sharesWithNetwork(m.code());
                rows.add(row(m, stage, unemployed, cash, quarter, from, to, visible));
            }
        }
        return new View(p, quarter, from, to, List.copyOf(rows), table(p, rows, quarter, from, to));
    }

    private Row row(Partnership.Member m, Partnership.Stage stage, Optional<Indicator> unemployed,
            Optional<Indicator> cash, Period quarter, Period from, Period to, boolean visible) {
        Double unemployedDiff = quarter == null ? null : unemployed.flatMap(i -> figures.benchmark(i, quarter, m.code()))
                .map(BenchmarkResult.Row::differencePoints).orElse(null);
        Double cashDiff = quarter == null ? null : cash.flatMap(i -> figures.benchmark(i, quarter, m.code()))
                .map(BenchmarkResult.Row::differencePoints).orElse(null);
        Double change = null;
        if (cash.isPresent() && from != null && to != null) {
            Double a = figures.value(cash.get(), m.code(), from);
            Double b = figures.value(cash.get(), m.code(), to);
            change = a == null || b == null ? null : DanishFormat.rounded(b, 2) - DanishFormat.rounded(a, 2);
        }
        Integer onTrack = null;
        Integer goals = null;
        List<Double> temp = new ArrayList<>();
        Integer year = null;
        boolean synthetic = false;
        if (visible) {
            Optional<Integer> planYear = plan.newestPlanYear(m.code());
            if (planYear.isPresent()) {
                List<FollowedGoal> followed = plan.goals(m.code(), planYear.get());
                goals = followed.size();
                onTrack = (int) followed.stream().filter(g -> g.assessment().status() == GoalStatus.PAA_SPOR).count();
            }
            Optional<TemperatureComparison.Scored> newest = temperature.newest(m.code());
            if (newest.isPresent()) {
                year = newest.get().measurement().year();
                synthetic = newest.get().measurement().synthetic();
                for (Recommendation r : Recommendation.values()) {
                    temp.add(newest.get().scores().get(r));
                }
            }
        }
        return new Row(m.code(), m.name(), stage.name(), unemployedDiff, cashDiff, change, visible, onTrack, goals,
                temp, year, synthetic);
    }

    private static DataTable table(Partnership p, List<Row> rows, Period quarter, Period from, Period to) {
        List<String> header = new ArrayList<>(List.of("Kommune", "Etape",
                "Ledige: faktisk − forventet, procentpoint" + (quarter == null ? "" : " (" + quarter.danish() + ")"),
                "Kontanthjælp: faktisk − forventet, procentpoint" + (quarter == null ? "" : " (" + quarter.danish() + ")"),
                "Kontanthjælp, ændring i procentpoint" + (from == null ? "" : " (" + from.danish() + "–" + to.danish() + ")"),
                "Mål på sporet", "Temperaturmåling"));
        for (Recommendation r : Recommendation.values()) {
            header.add("Anbefaling " + r.number());
        }
        DataTable.Builder t = DataTable.builder("netvaerk", "Medlemmerne af " + p.name() + " side om side",
                header.toArray(String[]::new));
        for (Row r : rows) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.link(r.name(), "/kommune/" + r.code()), Cell.text(r.stage()),
                    Cell.figure(r.unemployedDifference(), POINTS), Cell.figure(r.cashDifference(), POINTS),
                    Cell.figure(r.cashChange(), POINTS)));
            if (!r.visible()) {
                cells.add(Cell.text("deler ikke"));
                cells.add(Cell.text("deler ikke"));
                for (int i = 0; i < Recommendation.values().length; i++) {
                    cells.add(Cell.text("–"));
                }
            } else {
                cells.add(Cell.text(r.goals() == null ? "ingen plan" : r.goalsOnTrack() + " af " + r.goals()));
                cells.add(Cell.text(r.temperatureYear() == null ? "ingen måling"
                        : r.temperatureYear() + (r.syntheticTemperature() ? " (syntetisk)" : "")));
                for (int i = 0; i < Recommendation.values().length; i++) {
                    cells.add(r.temperatureYear() == null ? Cell.text("–")
                            : Cell.figure(r.temperature().get(i), TemperatureTables.SCORE));
                }
            }
            t.row(cells);
        }
        return t.source("Kilde: Jobindsats.dk / STAR og Råderums benchmark (forventet niveau ud fra rammevilkår; "
                + "negativ = færre på ydelse end forventet). Ændringen i kontanthjælp er i procentpoint af befolkningen "
                + "16-66 år" + (from != null && from.start().isAfter(p.from()) ? " fra første måned med data, da "
                + "partnerskabet begyndte før" : " fra partnerskabets start") + ". Mål og temperaturmåling vises kun "
                + "for kommuner, der deler med netværket, og for din egen kommune; temperaturen er vurderingen pr. "
                + "anbefaling på skalaen 1–5 i kommunens nyeste måling.").build();
    }
}
