package dk.raaderum.economy.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import dk.raaderum.importing.StoredRegister;
import dk.raaderum.plan.DecisionOptions;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.PlanFollowUp;

/**
 * Attaches a kept business case to a committee decision's alternative and the goals it serves (through the plan
 * module's public API), and follows it up against the register from its start month.
 */
@Service
class CaseLinks {

    static final int MONTHS_AHEAD = 60;

    /** What the API and the form send; null where missing. */
    record LinkDraft(Long decisionId, Long alternativeId, List<Long> goalIds, String startMonth) {
    }

    sealed interface Answer {
    }

    record Refused(String field, String message) implements Answer {
    }

    record Linked(CaseRepository.Link link) implements Answer {
    }

    record FollowedUp(CaseRepository.Stored stored, CaseRepository.Link link, List<CaseFollowUp.Quarter> quarters,
            YearMonth dataUntil, boolean hidden, StoredRegister register) implements Answer {
    }

    private final CaseRepository cases;
    private final PlanFollowUp plan;
    private final RegisterHistories histories;

    CaseLinks(CaseRepository cases, PlanFollowUp plan, RegisterHistories histories) {
        this.cases = cases;
        this.plan = plan;
        this.histories = histories;
    }

    /** The goals a case may serve: those of the municipality's newest plan. */
    List<FollowedGoal> goals(int code) {
        return plan.newestPlanYear(code).map(year -> plan.goals(code, year)).orElse(List.of());
    }

    Answer link(int code, long caseId, LinkDraft draft, String user) {
        Optional<RegisterHistories.Read> read = histories.of(code);
        if (read.isEmpty()) {
            return new Refused("startMonth", "Der er ikke indlæst et register, som casen kan følges op på.");
        }
        Histories h = read.get().histories();
        YearMonth first = WeekMonths.month(h.firstWeek() + 52).plusMonths(1);
        YearMonth last = EconomyService.lastFullMonth(h).plusMonths(MONTHS_AHEAD);
        YearMonth start;
        try {
            start = YearMonth.parse(draft.startMonth() == null ? "" : draft.startMonth().strip());
        } catch (DateTimeParseException e) {
            return new Refused("startMonth", "Startmåneden skal skrives som ÅÅÅÅ-MM, fx 2026-03.");
        }
        if (start.isBefore(first) || start.isAfter(last)) {
            return new Refused("startMonth", "Startmåneden skal ligge mellem " + first + " og " + last
                    + ": prognosen uden casen kræver et års data før starten.");
        }
        Set<Long> allowedGoals = new HashSet<>();
        goals(code).forEach(g -> allowedGoals.add(g.goal().id()));
        if (draft.decisionId() != null || draft.alternativeId() != null) {
            Optional<DecisionOptions> decision = draft.decisionId() == null ? Optional.empty()
                    : plan.decision(code, draft.decisionId());
            if (decision.isEmpty()) {
                return new Refused("decisionId", "Udvalgssagen findes ikke i kommunen.");
            }
            if (decision.get().alternatives().stream().noneMatch(a -> a.id() == orZero(draft.alternativeId()))) {
                return new Refused("alternativeId", "Vælg et af sagens alternativer ("
                        + String.join(", ", decision.get().alternatives().stream().map(DecisionOptions.Option::title)
                                .toList()) + ").");
            }
            allowedGoals.addAll(decision.get().goals());
        }
        List<Long> goals = draft.goalIds() == null ? List.of() : List.copyOf(new java.util.TreeSet<>(draft.goalIds()));
        for (Long goal : goals) {
            if (!allowedGoals.contains(goal)) {
                return new Refused("goalIds", "Målet " + goal + " hører ikke til kommunens nyeste plan eller sagen.");
            }
        }
        CaseRepository.Link link = new CaseRepository.Link(draft.decisionId(), draft.alternativeId(), goals, start);
        cases.link(caseId, link, user);
        return new Linked(link);
    }

    /** The follow-up, or a refusal when the case has no start month yet (or no register to follow it on). */
    Answer followUp(int code, CaseRepository.Stored stored) {
        Optional<CaseRepository.Link> link = cases.link(stored.id());
        Optional<RegisterHistories.Read> read = histories.of(code);
        if (link.isEmpty() || stored.path() == null || read.isEmpty()) {
            return new Refused("startMonth", link.isEmpty() ? "Casen er ikke knyttet til en startmåned endnu."
                    : "Casen kan ikke følges op: den er regnet før Råderum gemte dens forventede forløb, eller der er "
                            + "intet register.");
        }
        Histories h = read.get().histories();
        YearMonth until = EconomyService.lastFullMonth(h);
        boolean hidden = EconomyService.hidden(h, until).contains(stored.group());
        return new FollowedUp(stored, link.get(), CaseFollowUp.of(h, Groups.index(stored.group()).getAsInt(),
                link.get().start(), stored.path(), stored.years()), until, hidden, read.get().register());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
