package dk.raaderum.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.platform.DemoDataReady;
import dk.raaderum.plan.internal.Drafts.AlternativeDraft;
import dk.raaderum.plan.internal.Drafts.DecisionDraft;
import dk.raaderum.plan.internal.Drafts.GoalDraft;
import dk.raaderum.plan.internal.Drafts.MotorvejDraft;
import dk.raaderum.plan.internal.Drafts.TeamDraft;
import dk.raaderum.plan.internal.SteeringText.TextKind;
import dk.raaderum.security.MunicipalityAccess;

/**
 * A worked example for the demo user {@code leder.vejen}: Vejen's 2026 plan with goals on real indicators (targets
 * set from Vejen's own December 2025 figures), motorveje, committee cases and texts. Embedded default only, once.
 * The content is invented for the demo and says so.
 */
@Component
class DemoPlan {

    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);
    private static final int VEJEN = 575;
    private static final String BY = "demo";

    private final PlanRepository repository;
    private final DecisionRepository decisions;
    private final SteeringService steering;
    private final MunicipalityAccess access;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;

    DemoPlan(PlanRepository repository, DecisionRepository decisions, SteeringService steering,
            MunicipalityAccess access,
            IndicatorCatalog catalog, IndicatorValues values, Geography geography) {
        this.repository = repository;
        this.decisions = decisions;
        this.steering = steering;
        this.access = access;
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
    }

    @EventListener(DemoDataReady.class)
    public void run() {
        if (!repository.planYears(VEJEN).isEmpty()) {
            return;
        }
        text(TextKind.VISION, "Flere borgere i Vejen skal kunne forsørge sig selv, og ingen skal parkeres på "
                + "en ydelse. (Demotekst)");
        text(TextKind.VAERDIER, "Vi tager udgangspunkt i borgerens egne mål, vi arbejder tæt sammen med "
                + "virksomhederne, og vi måler på resultater frem for processer. (Demotekst)");
        text(TextKind.STRATEGIER, "1. Virksomhedsrettet indsats først.\n2. Tidlig og tæt kontakt til nyledige og "
                + "sygemeldte.\n3. Uddannelse til unge uden erhvervskompetence. (Demotekst)");
        List<Long> goals = new ArrayList<>();
        baseline("ledige_fuldtid").ifPresent(b -> {
            double target = Math.round(b * 0.92);
            double north = Math.round(target * 0.45);
            goal(new GoalDraft("LOKAL", "Færre ledige", "JOBPARATE", "ledige_fuldtid", "2025-12", null,
                    target, "NED", "2026-12", "Jobcenterchefen", 2026, List.of(
                            new TeamDraft("Team Vejen Nord", north, "Teamleder Nord"),
                            new TeamDraft("Team Vejen Syd", target - north, "Teamleder Syd")))).ifPresent(goals::add);
        });
        baseline("kontanthjaelp_pct_befolkning").ifPresent(b -> goal(new GoalDraft("MINISTER",
                "Færre på kontanthjælp", "TVAERGAAENDE", "kontanthjaelp_pct_befolkning", "2025-12", null,
                Math.round((b - 0.2) * 10) / 10.0, "NED", "2026-12", "Beskæftigelsesudvalget", 2026, List.of())).ifPresent(goals::add));
        baseline("ordinaere_timer_andel").ifPresent(b -> goal(new GoalDraft("MINISTER",
                "Flere aktivitetsparate tættere på arbejdsmarkedet", "AKTIVITETSPARATE_KONTANTHJAELP",
                "ordinaere_timer_andel", "2025-12", null, Math.round((b + 2) * 10) / 10.0, "OP", "2026-12",
                "Afdelingsleder, kontanthjælp", 2026, List.of())).ifPresent(goals::add));
        baseline("reg_sygedagpenge_fuldtid").ifPresent(b -> goal(new GoalDraft("LOKAL",
                "Færre på sygedagpenge", "SYGEMELDTE", "reg_sygedagpenge_fuldtid", "2025-12", null,
                (double) Math.round(b * 0.9), "NED", "2026-12", "Afdelingsleder, sygedagpenge", 2026, List.of())).ifPresent(goals::add));
        motorvej("JOBPARATE", "Ledige skal hurtigt i kontakt med virksomhederne.",
                "Samtale hver anden uge de første seks måneder i stedet for lovens minimum.",
                "Rådighed vurderes ved hver samtale; sanktioner bruges efter reglerne.", 60.0, 25.0, 10.0, 5.0,
                12_000_000.0);
        motorvej("AKTIVITETSPARATE_KONTANTHJAELP", "Alle aktivitetsparate skal have en plan med små skridt mod job.",
                "Mentor og virksomhedspraktik med opfølgning hver måned.", "Sanktioner bruges med omtanke.",
                40.0, 20.0, 30.0, 10.0, null);
        motorvej("SYGEMELDTE", "Sygemeldte skal bevare tilknytningen til arbejdspladsen.",
                "Delvis raskmelding drøftes i første samtale.", "Opfølgning efter reglerne.", null, null, null, null,
                30_000_000.0);
        steering.createDecision(VEJEN, new DecisionDraft("Hyppigere samtaler med nyledige",
                "Et forsøg med 11 i stedet for 6 samtaler på et halvt år forkortede ledigheden med omkring 19 dage. "
                        + "Skal Vejen gøre det samme? (Demosag)", "2026-03-12", List.of(
                        new AlternativeDraft("Hyppigere samtaler for alle nyledige", "Ca. 19 dages kortere ledighed",
                                2_400_000.0, true),
                        new AlternativeDraft("Hyppigere samtaler for unge under 30", "Effekt for de unge alene",
                                900_000.0, false),
                        new AlternativeDraft("Uændret praksis", "Ingen ændring", 0.0, false)),
                goals.isEmpty() ? List.of() : List.of(goals.get(0))), BY);
        decisions.decisions(VEJEN).stream().findFirst().ifPresent(c -> steering.decide(VEJEN, c.id(),
                new Drafts.Verdict(c.alternatives().get(0).id(), "Udvalget følger indstillingen og vil se effekten "
                        + "i opfølgningen hvert kvartal. (Demobeslutning)"), BY));
        access.setSharing(VEJEN, true, BY);
        log.info("Demoplan for Vejen Kommune er oprettet ({} mål)", goals.size());
    }

    private Optional<Double> baseline(String indicator) {
        return catalog.find(indicator).map(i -> values.series(i,
                geography.municipality(VEJEN).orElseThrow().asArea(), Period.month(2025, 12), Period.month(2025, 12))
                .get(0).value());
    }

    private void text(TextKind kind, String body) {
        steering.addText(VEJEN, kind, body, BY);
    }

    private Optional<Long> goal(GoalDraft draft) {
        Saved saved = steering.createGoal(VEJEN, draft, BY);
        if (saved instanceof Saved.Invalid invalid) {
            log.warn("Demomålet '{}' blev ikke oprettet: {}", draft.title(), invalid.message());
            return Optional.empty();
        }
        return Optional.of(((Saved.Done) saved).id());
    }

    private void motorvej(String group, String principles, String beyond, String availability, Double company,
            Double education, Double projects, Double nytte, Double budget) {
        steering.saveMotorvej(VEJEN, 2026, new MotorvejDraft(group, principles, beyond, availability, company,
                education, projects, nytte, budget), BY);
    }
}
