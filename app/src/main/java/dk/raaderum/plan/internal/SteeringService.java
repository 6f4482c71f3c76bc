package dk.raaderum.plan.internal;

import static dk.raaderum.plan.internal.DraftCheck.choice;
import static dk.raaderum.plan.internal.DraftCheck.date;
import static dk.raaderum.plan.internal.DraftCheck.month;
import static dk.raaderum.plan.internal.DraftCheck.number;
import static dk.raaderum.plan.internal.DraftCheck.optionalAmount;
import static dk.raaderum.plan.internal.DraftCheck.optionalShare;
import static dk.raaderum.plan.internal.DraftCheck.optionalText;
import static dk.raaderum.plan.internal.DraftCheck.require;
import static dk.raaderum.plan.internal.DraftCheck.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.plan.Direction;
import dk.raaderum.plan.Goal;
import dk.raaderum.plan.GoalKind;
import dk.raaderum.plan.Motorvej;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.plan.TeamTarget;
import dk.raaderum.plan.internal.Drafts.AlternativeDraft;
import dk.raaderum.plan.internal.Drafts.DecisionDraft;
import dk.raaderum.plan.internal.Drafts.GoalDraft;
import dk.raaderum.plan.internal.Drafts.MotorvejDraft;
import dk.raaderum.plan.internal.Drafts.TeamDraft;
import dk.raaderum.plan.internal.SteeringText.TextKind;
import dk.raaderum.security.AuditTrail;

/**
 * Changes to the steering documents: each draft is checked field by field, saved in one transaction and
 * written to the audit trail. Access has been checked by the caller.
 */
@Service
@Transactional
class SteeringService {

    private final PlanRepository repository;
    private final DecisionRepository decisions;
    private final IndicatorCatalog catalog;
    private final AuditTrail audit;

    SteeringService(PlanRepository repository, DecisionRepository decisions, IndicatorCatalog catalog,
            AuditTrail audit) {
        this.repository = repository;
        this.decisions = decisions;
        this.catalog = catalog;
        this.audit = audit;
    }

    Saved addText(int municipality, TextKind kind, String body, String user) {
        return save(user, municipality, "ændr", kind.danish(), () -> repository.addText(municipality, kind,
                text("body", body), user));
    }

    Saved createGoal(int municipality, GoalDraft draft, String user) {
        return save(user, municipality, "opret", "mål", () -> {
            Goal goal = goal(0, municipality, draft, user);
            repository.ensurePlan(municipality, goal.planYear(), user);
            return repository.insertGoal(goal);
        });
    }

    Saved updateGoal(int municipality, long id, GoalDraft draft, String user) {
        return save(user, municipality, "ændr", "mål " + id, () -> {
            require(repository.lockGoal(municipality, id), "id", "Målet findes ikke (det kan være slettet imens)");
            Goal goal = goal(id, municipality, draft, user);
            repository.ensurePlan(municipality, goal.planYear(), user);
            repository.updateGoal(goal);
            return id;
        });
    }

    Saved deleteGoal(int municipality, long id, String user) {
        return save(user, municipality, "slet", "mål " + id, () -> {
            require(repository.lockGoal(municipality, id), "id", "Målet findes ikke (det kan være slettet imens)");
            repository.deleteGoal(municipality, id);
            return id;
        });
    }

    Saved saveMotorvej(int municipality, int year, MotorvejDraft d, String user) {
        return save(user, municipality, "ændr", "motorvej " + year, () -> {
            TargetGroup group = choice("targetGroup", d.targetGroup(), TargetGroup::parse, groupNames());
            require(group.hasMotorvej(), "targetGroup", "Tværgående mål har ingen motorvej; vælg en målgruppe");
            Double[] mix = {optionalShare("mixCompany", d.mixCompany()), optionalShare("mixEducation", d.mixEducation()),
                optionalShare("mixProjects", d.mixProjects()), optionalShare("mixNytte", d.mixNytte())};
            double total = Arrays.stream(mix).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
            require(total <= 100.0 + 1e-9, "mixCompany", "Aktiveringsmikset må højst give 100 pct. i alt");
            repository.saveMotorvej(new Motorvej(municipality, year, group,
                    optionalText("principles", d.principles()), optionalText("beyondMinimum", d.beyondMinimum()),
                    optionalText("availability", d.availability()), mix[0], mix[1], mix[2], mix[3],
                    optionalAmount("budgetDkk", d.budgetDkk()), user, null));
            return year;
        });
    }

    Saved createDecision(int municipality, DecisionDraft d, String user) {
        return save(user, municipality, "opret", "udvalgssag", () -> {
            String title = text("title", d.title());
            String background = text("background", d.background());
            LocalDate meeting = date("meetingDate", d.meetingDate());
            require(d.alternatives() != null && !d.alternatives().isEmpty(), "alternatives",
                    "En sag skal have mindst én indstilling");
            List<DecisionCase.Alternative> alternatives = new ArrayList<>();
            for (AlternativeDraft a : d.alternatives()) {
                alternatives.add(new DecisionCase.Alternative(0, text("alternatives.title", a.title()),
                        text("alternatives.expectedEffect", a.expectedEffect()),
                        optionalAmount("alternatives.expectedCost", a.expectedCost()),
                        Boolean.TRUE.equals(a.recommended())));
            }
            List<Long> goals = d.goals() == null ? List.of() : List.copyOf(new HashSet<>(d.goals()));
            for (Long goal : goals) {
                require(goal != null && repository.goal(municipality, goal).isPresent(), "goals",
                        "Målet " + goal + " findes ikke i kommunens plan");
            }
            return decisions.insertDecision(municipality, title, background, meeting, alternatives, goals, user);
        });
    }

    Saved decide(int municipality, long id, Drafts.Verdict verdict, String user) {
        return save(user, municipality, "beslut", "udvalgssag " + id, () -> {
            DecisionCase c = decisions.decision(municipality, id)
                    .orElseThrow(() -> new DraftCheck.Refused("id", "Sagen findes ikke"));
            require(!c.decided(), "alternative", "Sagen er allerede afgjort");
            require(verdict.alternative() != null && c.alternatives().stream()
                    .anyMatch(a -> a.id() == verdict.alternative()), "alternative", "Vælg en af sagens indstillinger");
            decisions.decide(id, verdict.alternative(), text("rationale", verdict.rationale()), user);
            return id;
        });
    }

    private Goal goal(long id, int municipality, GoalDraft d, String user) {
        GoalKind kind = d.kind() == null || d.kind().isBlank() ? GoalKind.LOKAL
                : choice("kind", d.kind(), GoalKind::parse, "MINISTER, LOKAL");
        String title = text("title", d.title());
        TargetGroup group = choice("targetGroup", d.targetGroup(), TargetGroup::parse, groupNames());
        Indicator indicator = catalog.find(text("indicator", d.indicator()))
                .orElseThrow(() -> new DraftCheck.Refused("indicator", "Indikatoren '" + d.indicator()
                        + "' findes ikke; se /api/v1/indicators"));
        YearMonth baseline = month("baselineMonth", d.baselineMonth());
        YearMonth deadline = month("deadline", d.deadline());
        require(deadline.isAfter(baseline), "deadline", "Fristen skal ligge efter basislinjens måned");
        double target = number("target", d.target());
        Direction direction = choice("direction", d.direction(), Direction::parse, "OP, NED");
        String owner = text("owner", d.owner());
        int year = d.planYear() != null ? d.planYear() : deadline.getYear();
        require(year >= 2000 && year <= 2100, "planYear", "Planåret skal være et årstal");
        List<TeamTarget> teams = new ArrayList<>();
        for (TeamDraft t : d.teams() == null ? List.<TeamDraft>of() : d.teams()) {
            String team = text("teams.team", t.team());
            require(teams.stream().noneMatch(x -> x.team().equalsIgnoreCase(team)), "teams.team",
                    "Holdet '" + team + "' står der to gange");
            teams.add(new TeamTarget(team, number("teams.target", t.target()), text("teams.owner", t.owner())));
        }
        return new Goal(id, municipality, year, kind, title, group, indicator.id(), baseline, d.baselineValue(),
                target, direction, deadline, owner, teams, user, null);
    }

    private static String groupNames() {
        return String.join(", ", Arrays.stream(TargetGroup.values()).map(Enum::name).toList());
    }

    /** Runs a change; a refused draft becomes {@link Saved.Invalid} and changes nothing. */
    private Saved save(String user, int municipality, String action, String target, LongSupplier change) {
        try {
            long id = change.getAsLong();
            audit.record(user, municipality, action, target, "ok", "id " + id);
            return new Saved.Done(id);
        } catch (DraftCheck.Refused e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Saved.Invalid(e.field, e.getMessage());
        }
    }
}
