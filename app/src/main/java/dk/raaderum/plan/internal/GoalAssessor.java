package dk.raaderum.plan.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.plan.Assessment;
import dk.raaderum.plan.DecisionOptions;
import dk.raaderum.plan.DecisionSummary;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Forecast;
import dk.raaderum.plan.Forecaster;
import dk.raaderum.plan.Goal;
import dk.raaderum.plan.GoalTerms;
import dk.raaderum.plan.MonthlyValue;
import dk.raaderum.plan.Motorvej;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.plan.StatusRules;
import dk.raaderum.plan.TeamBreakdown;

/** Reads each goal's monthly series for its municipality and applies the status rules to it. */
@Service
class GoalAssessor implements PlanFollowUp {

    /** Months of history read before the assessment month: the forecast window plus a year of slack. */
    private static final int HISTORY = Forecaster.WINDOW + 12;

    private final Clock clock;

    private final PlanRepository repository;
    private final DecisionRepository decisions;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;

    GoalAssessor(PlanRepository repository, DecisionRepository decisions, IndicatorCatalog catalog, IndicatorValues values, Geography geography,
            Clock clock) {

        this.clock = clock;
        this.repository = repository;
        this.decisions = decisions;
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
    }

    @Override
    public List<FollowedGoal> goals(int municipality, int year) {
        return repository.goals(municipality, year).stream().map(g -> follow(g, null)).toList();
    }

    @Override
    public Optional<Integer> newestPlanYear(int municipality) {
        return repository.planYears(municipality).stream().findFirst();
    }

    @Override
    public List<DecisionSummary> decisions(int municipality) {
        return decisions.decisions(municipality).stream().map(d -> new DecisionSummary(d.id(), d.title(), d.meetingDate(),
                d.decided(), d.alternatives().stream().filter(a -> d.chosen() != null && a.id() == d.chosen())
                        .map(DecisionCase.Alternative::title).findFirst().orElse(null))).toList();
    }

    @Override
    public Optional<DecisionOptions> decision(int municipality, long id) {
        return decisions.decision(municipality, id).map(GoalAssessor::options);
    }

    @Override
    public List<DecisionOptions> decisionOptions(int municipality) {
        return decisions.decisions(municipality).stream().map(GoalAssessor::options).toList();
    }

    private static DecisionOptions options(DecisionCase d) {
        return new DecisionOptions(d.id(), d.title(), d.meetingDate(),
                d.alternatives().stream().map(a -> new DecisionOptions.Option(a.id(), a.title())).toList(), d.goals());
    }

    @Override
    public List<Motorvej> motorveje(int municipality, int year) {
        return repository.motorveje(municipality, year);
    }

    /** The goal assessed on the data known in {@code asOf}; null means now (or the newest data, if later). */
    FollowedGoal follow(Goal goal, YearMonth asOf) {
        Optional<Indicator> found = catalog.find(goal.indicatorId());
        Unit unit = found.map(Indicator::unit).orElse(Unit.ANTAL);
        String name = found.map(Indicator::name).orElse(goal.indicatorId());
        YearMonth now = YearMonth.from(DanishFormat.today(clock));
        List<MonthlyValue> series = found.map(i -> series(i, goal, asOf != null ? asOf : now)).orElse(List.of());
        YearMonth newest = series.stream().filter(v -> v.value() != null).map(MonthlyValue::month)
                .reduce((a, b) -> b).orElse(now);
        YearMonth when = asOf != null ? asOf : newest.isAfter(now) ? newest : now;
        GoalTerms terms = new GoalTerms(goal.target(), goal.direction(), goal.deadline(), unit.danish(),
                unit.decimals());
        Assessment assessment = StatusRules.assess(terms, series, when);
        Double baseline = goal.baselineValue() != null ? goal.baselineValue()
                : series.stream().filter(v -> v.month().equals(goal.baselineMonth())).findFirst()
                        .map(MonthlyValue::value).orElse(null);
        boolean additive = unit.isCount();
        return new FollowedGoal(goal, name, unit.danish(), unit.decimals(), baseline, assessment,
                TeamBreakdown.check(goal.target(), goal.direction(), additive, goal.teams(), unit.decimals()));
    }

    /**
     * The goal's series for its chart: the months with data, and from the newest month to the deadline the forecast
     * with its interval (empty when too few months for a forecast), against the target.
     */
    record History(List<MonthlyValue> values, List<Forecast> forecast) {
    }

    History history(Goal goal) {
        YearMonth now = YearMonth.from(DanishFormat.today(clock));
        List<MonthlyValue> series = catalog.find(goal.indicatorId()).map(i -> series(i, goal, now)).orElse(List.of());
        List<MonthlyValue> known = series.stream().filter(v -> v.value() != null).toList();
        List<Forecast> forecast = new java.util.ArrayList<>();
        if (!known.isEmpty() && goal.deadline().isAfter(known.get(known.size() - 1).month())) {
            for (YearMonth m = known.get(known.size() - 1).month().plusMonths(1); !m.isAfter(goal.deadline());
                    m = m.plusMonths(1)) {
                Forecaster.forecast(known, m).ifPresent(forecast::add);
            }
        }
        return new History(series.stream().filter(v -> !v.month().isAfter(now)).toList(), forecast);
    }

    /** The history before {@code known} (and the baseline), through the deadline if that is later. */
    private List<MonthlyValue> series(Indicator indicator, Goal goal, YearMonth known) {
        YearMonth start = known.minusMonths(HISTORY);
        if (goal.baselineMonth().isBefore(start)) {
            start = goal.baselineMonth();
        }
        YearMonth end = goal.deadline().isAfter(known) ? goal.deadline() : known;
        Area area = geography.municipality(goal.municipality()).orElseThrow().asArea();
        return values.series(indicator, area, month(start), month(end)).stream()
                .map(o -> new MonthlyValue(YearMonth.from(o.period().start()), o.value())).toList();
    }

    private static Period month(YearMonth month) {
        return new Period(PeriodType.MONTH, month.atDay(1));
    }
}
