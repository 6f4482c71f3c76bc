package dk.raaderum.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.plan.TeamTarget;

/** The weekly one-pager: the newest months' key figures and the goals' status, for the jobcentre or one team. */
@Service
class WeeklyAssembler {

    private static final List<String> FIGURES = List.of("ledige_fuldtid", "ledige_pct_arbejdsstyrke",
            "kontanthjaelp_fuldtid", "aktiveringsgrad", "ordinaere_timer_andel", "reg_alle_ydelser_fuldtid",
            "reg_alle_ydelser_tilgang", "reg_alle_ydelser_afgang");

    private final Clock clock;

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final PlanFollowUp plan;

    WeeklyAssembler(IndicatorCatalog catalog, IndicatorValues values, Geography geography, PlanFollowUp plan,
            Clock clock) {

        this.clock = clock;
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
        this.plan = plan;
    }

    record Figure(String name, String unit, String month, String latest, String previous, String lastYear) {
    }

    record GoalLine(String title, String target, String unit, String latest, String status, String reasoning) {
    }

    record OnePager(Municipality municipality, String team, String week, String made, List<Figure> figures,
            List<GoalLine> goals, List<String> sources, String dataUntil) {
    }

    OnePager onePager(int code, String team) {
        Municipality m = geography.municipality(code)
                .orElseThrow(() -> new IllegalArgumentException("Kommunekoden " + code + " findes ikke"));
        LocalDate today = DanishFormat.today(clock);
        List<Figure> figures = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        Period newest = null;
        for (String id : FIGURES) {
            Optional<Indicator> found = catalog.find(id);
            Optional<Freshness> fresh = found.flatMap(values::freshness);
            if (fresh.isEmpty()) {
                continue;
            }
            Indicator i = found.get();
            Period last = fresh.get().lastPeriod();
            newest = newest == null || last.compareTo(newest) > 0 ? last : newest;
            Period first = new Period(PeriodType.MONTH, last.start().minusMonths(12));
            List<Observation> series = values.series(i, m.asArea(), first, last);
            int d = i.unit().decimals();
            figures.add(new Figure(ReportText.label(i), i.unit().danish(), last.danish(),
                    DanishFormat.figure(series.get(12).value(), d), DanishFormat.figure(series.get(11).value(), d),
                    DanishFormat.figure(series.get(0).value(), d)));
            String source = fresh.get().source();
            if (!sources.contains(source)) {
                sources.add(source);
            }
        }
        List<GoalLine> goals = new ArrayList<>();
        Optional<Integer> year = plan.newestPlanYear(code);
        for (FollowedGoal g : year.map(y -> plan.goals(code, y)).orElse(List.of())) {
            Optional<TeamTarget> share = team == null ? Optional.empty()
                    : g.goal().teams().stream().filter(t -> t.team().equalsIgnoreCase(team)).findFirst();
            if (team != null && share.isEmpty()) {
                continue;
            }
            double target = share.map(TeamTarget::target).orElse(g.goal().target());
            goals.add(new GoalLine(g.goal().title() + share.map(s -> " (holdets andel)").orElse(""),
                    DanishFormat.figure(target, g.decimals()), g.unit(),
                    g.assessment().latest() == null ? "ingen data"
                            : DanishFormat.figure(g.assessment().latest().value(), g.decimals()),
                    g.assessment().status().danish(), g.assessment().reasoning()));
        }
        String week = "Uge " + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", " + today.get(IsoFields.WEEK_BASED_YEAR);
        return new OnePager(m, team, week, DanishFormat.date(today), figures, goals, sources,
                newest == null ? "ingen data" : newest.danish());
    }
}
