package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.engine.CprShape;
import dk.raaderum.partnership.ActionStatus;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.security.AuditTrail;

/**
 * The council's action plan: every concrete action of the six recommendations (untouched ones are "ikke startet"),
 * plus the practices it has adopted from the library. Actions link to the goals of the municipality's newest plan.
 */
@Service
@Transactional
class ActionPlanService {

    private final ActionPlanRepository repository;
    private final PracticeRepository practices;
    private final PlanFollowUp plan;
    private final AuditTrail audit;

    ActionPlanService(ActionPlanRepository repository, PracticeRepository practices, PlanFollowUp plan,
            AuditTrail audit) {
        this.repository = repository;
        this.practices = practices;
        this.plan = plan;
        this.audit = audit;
    }

    /** The whole plan, in recommendation order: the catalogue's actions, then adopted practices. */
    @Transactional(readOnly = true)
    List<ActionItem> plan(int municipality) {
        Map<String, ActionItem> saved = repository.saved(municipality).stream()
                .collect(Collectors.toMap(ActionItem::key, Function.identity()));
        List<ActionItem> items = new ArrayList<>();
        for (Recommendation r : Recommendation.values()) {
            for (Recommendation.Action a : r.actions()) {
                items.add(saved.getOrDefault(a.key(), new ActionItem(null, a.key(), r, a.text(), null,
                        ActionStatus.IKKE_STARTET, null, null, List.of(), false)));
            }
            saved.values().stream().filter(i -> i.practice() != null && i.recommendation() == r)
                    .sorted(Comparator.comparing(ActionItem::id)).forEach(items::add);
        }
        return items;
    }

    /** The goals of the newest plan, by id, for linking and showing status. */
    @Transactional(readOnly = true)
    Map<Long, FollowedGoal> goals(int municipality) {
        return plan.newestPlanYear(municipality).map(y -> plan.goals(municipality, y)).orElse(List.of()).stream()
                .collect(Collectors.toMap(g -> g.goal().id(), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    Change update(int municipality, String key, ActionItem.Draft d, String by) {
        Optional<ActionItem> item = plan(municipality).stream().filter(i -> i.key().equals(key)).findFirst();
        if (item.isEmpty()) {
            return Change.refused("key", "Handlingen '" + CprShape.shown(key)
                    + "' findes ikke i handleplanen.");
        }
        Optional<ActionStatus> status = ActionStatus.parse(d.status());
        if (status.isEmpty()) {
            return Change.refused("status", "Status skal være ikke startet, i gang eller gennemført.");
        }
        Optional<Change.Refused> owner = FreeText.check(new FreeText.Field("owner", "Ansvarlig", d.owner(), 200, false));
        if (owner.isPresent()) {
            return owner.get();
        }
        LocalDate deadline = null;
        if (d.deadline() != null && !d.deadline().isBlank()) {
            try {
                deadline = LocalDate.parse(d.deadline().strip());
            } catch (DateTimeParseException e) {
                return Change.refused("deadline", "Fristen skal skrives som ÅÅÅÅ-MM-DD, fx 2026-12-31.");
            }
        }
        List<Long> goals = d.goals() == null ? List.of() : d.goals().stream().distinct().sorted().toList();
        Map<Long, FollowedGoal> known = goals(municipality);
        if (!known.keySet().containsAll(goals)) {
            return Change.refused("goals", "Et mål hører ikke til kommunens nyeste beskæftigelsesplan.");
        }
        ActionItem i = item.get();
        String ownerText = d.owner() == null || d.owner().isBlank() ? null : d.owner().strip();
        long id = repository.save(municipality, new ActionItem(i.id(), i.key(), i.recommendation(), i.title(),
                i.practice(), status.get(), ownerText, deadline, goals, i.example()), by);
        audit.record(by, municipality, "ændr", "handleplan " + key, "ok", status.get().danish()
                + (deadline == null ? "" : ", frist " + deadline));
        return new Change.Done(id);
    }

    /** Adds a practice from another municipality to the plan, under its first recommendation. */
    Change adopt(int municipality, Long practiceId, String by) {
        Optional<Practice> practice = practiceId == null ? Optional.empty() : practices.find(practiceId);
        if (practice.isEmpty()) {
            return Change.refused("practice", "Praksissen findes ikke.");
        }
        Practice p = practice.get();
        if (p.municipality() == municipality) {
            return Change.refused("practice", "Praksissen er kommunens egen; den kan tages op fra en anden kommune.");
        }
        String key = ActionItem.practiceKey(p.id());
        if (plan(municipality).stream().anyMatch(i -> i.key().equals(key))) {
            return Change.refused("practice", "Praksissen er allerede i handleplanen.");
        }
        long id = repository.save(municipality, new ActionItem(null, key, p.recommendations().get(0),
                "Tage «" + p.title() + "» fra " + p.municipalityName() + " op", p.id(), ActionStatus.IKKE_STARTET,
                null, null, List.of(), false), by);
        audit.record(by, municipality, "opret", "handleplan " + key, "ok", "god praksis " + p.id() + " taget op");
        return new Change.Done(id);
    }
}
