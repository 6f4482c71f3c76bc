package dk.raaderum.progression.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.plan.TargetGroup;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.DemoDataReady;
import dk.raaderum.progression.Assessment;
import dk.raaderum.progression.Dimension;
import dk.raaderum.progression.Effort;
import dk.raaderum.progression.SubGoalProgress;

/**
 * Synthetic progression records for Vejen (case references {@code SYN-…}, marked synthetic everywhere): a few hundred
 * citizens over four teams, five target groups and the efforts, assessed about every three months. Group sizes are
 * chosen so that most aggregates are shown and some are withheld: Team Rødding has 4 citizens, the flexjob group 3,
 * nytteindsats 3. Made once in the installation's life, when the demo data are ready.
 */
@Component
class DemoProgression {

    static final int VEJEN = 575;
    static final String CREATED = "demo_progression_created";
    private static final Logger log = LoggerFactory.getLogger(DemoProgression.class);
    private static final String BY = "demo";

    private static final String[] GOALS = {"Job i detailhandlen", "Uddannelse som social- og sundhedshjælper",
        "Job på et lager", "Fleksjob i en produktionsvirksomhed", "Erhvervsuddannelse inden for byggeri",
        "Job i rengøringsbranchen", "Tilbage til eget fag efter sygdom"};
    private static final String[] SUB_GOALS = {"Møde stabilt i praktikken", "Kunne tage bussen alene",
        "Have styr på egen økonomi", "Søge to job om ugen", "Gennemføre et kursus i dansk", "Gå til lægen med smerterne",
        "Sove og stå op til faste tider"};

    private final CitizenRepository repository;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoProgression(CitizenRepository repository, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    private record Plan(String team, TargetGroup group, Effort effort) {
    }

    @EventListener(DemoDataReady.class)
    @Order(10)
    public void run() {
        boolean created = jdbc.sql("select exists (select 1 from installation_setting where key = ?)").param(CREATED)
                .query(Boolean.class).single();
        if (created) {
            return;
        }
        int count = transaction.execute(status -> {
            int n = create(new Random(575), DanishFormat.today(clock));
            jdbc.sql("insert into installation_setting (key, value) values (?, 'ja')").param(CREATED).update();
            return n;
        });
        log.info("Syntetiske progressionsdata for Vejen Kommune er oprettet ({} borgere)", count);
    }

    private int create(Random random, LocalDate today) {
        List<Plan> plans = new ArrayList<>();
        add(plans, 4, "Team Rødding", TargetGroup.AKTIVITETSPARATE_KONTANTHJAELP, Effort.MENTOR);
        add(plans, 3, "Team Vejen Syd", TargetGroup.FLEKSJOBVISITEREDE, Effort.LOENTILSKUD);
        add(plans, 3, "Team Vejen Nord", TargetGroup.AKTIVITETSPARATE_KONTANTHJAELP, Effort.NYTTEINDSATS);
        String[] teams = {"Team Vejen Nord", "Team Vejen Nord", "Team Vejen Syd", "Team Vejen Syd", "Team Brørup"};
        TargetGroup[] groups = {TargetGroup.AKTIVITETSPARATE_KONTANTHJAELP, TargetGroup.AKTIVITETSPARATE_KONTANTHJAELP,
            TargetGroup.AKTIVITETSPARATE_UNGE, TargetGroup.RESSOURCEFORLOEB, TargetGroup.SYGEMELDTE};
        Effort[] efforts = {Effort.VIRKSOMHEDSPRAKTIK, Effort.VIRKSOMHEDSPRAKTIK, Effort.LOENTILSKUD, Effort.MENTOR,
            Effort.VEJLEDNING_OPKVALIFICERING, Effort.SUNDHEDSINDSATS, Effort.SAMTALER, Effort.UDDANNELSE};
        for (int i = 0; i < 290; i++) {
            plans.add(new Plan(teams[random.nextInt(teams.length)], groups[random.nextInt(groups.length)],
                    efforts[random.nextInt(efforts.length)]));
        }
        for (int i = 0; i < plans.size(); i++) {
            citizen(String.format("SYN-%04d", i + 1), plans.get(i), random, today);
        }
        return plans.size();
    }

    private static void add(List<Plan> plans, int n, String team, TargetGroup group, Effort effort) {
        for (int i = 0; i < n; i++) {
            plans.add(new Plan(team, group, effort));
        }
    }

    /** How much an effort moves the scores per quarter in the synthetic data (invented, for the demo only). */
    private static double drift(Effort effort) {
        return switch (effort) {
            case VIRKSOMHEDSPRAKTIK, LOENTILSKUD -> 0.35;
            case MENTOR, UDDANNELSE -> 0.25;
            case VEJLEDNING_OPKVALIFICERING, SUNDHEDSINDSATS -> 0.2;
            case NYTTEINDSATS -> 0.1;
            case SAMTALER -> 0.05;
        };
    }

    private void citizen(String caseRef, Plan plan, Random random, LocalDate today) {
        LocalDate opened = today.minusDays(60 + random.nextInt(760));
        LocalDate closed = random.nextInt(10) == 0 ? opened.plusDays(200 + random.nextInt(300)) : null;
        if (closed != null && closed.isAfter(today.minusDays(30))) {
            closed = null;
        }
        List<String> subGoals = List.of(SUB_GOALS[random.nextInt(SUB_GOALS.length)],
                SUB_GOALS[random.nextInt(SUB_GOALS.length)]).stream().distinct().toList();
        long id = repository.insert(VEJEN, caseRef, new CitizenRepository.Fields(plan.group(), plan.team(),
                plan.effort(), GOALS[random.nextInt(GOALS.length)], opened, closed, subGoals), true, BY, clock.instant());
        List<CitizenRecord.SubGoal> goals = repository.find(VEJEN, id).orElseThrow().subGoals();
        Map<String, Double> level = new LinkedHashMap<>();
        Dimension.DEFAULTS.forEach(d -> level.put(d.id(), 1.2 + random.nextDouble() * 2));
        // each citizen moves at her own pace around the effort's, so some stand still or slip back
        double pace = drift(plan.effort()) + random.nextGaussian() * 0.25;
        Map<Long, Integer> goalProgress = new HashMap<>();
        LocalDate end = closed != null ? closed : today;
        for (LocalDate day = opened.plusDays(random.nextInt(14)); !day.isAfter(end);
                day = day.plusDays(84 + random.nextInt(15))) {
            Map<String, Integer> caseworker = new LinkedHashMap<>();
            Map<String, Integer> own = new LinkedHashMap<>();
            boolean asked = random.nextInt(10) < 7;
            for (Dimension d : Dimension.DEFAULTS) {
                double v = level.merge(d.id(), pace + random.nextGaussian() * 0.35, Double::sum);
                if (random.nextInt(20) == 0) {
                    continue; // ikke vurderet
                }
                int score = (int) Math.max(1, Math.min(5, Math.round(v)));
                caseworker.put(d.id(), score);
                if (asked) {
                    own.put(d.id(), (int) Math.max(1, Math.min(5, score + random.nextInt(3) - 1)));
                }
            }
            Map<Long, SubGoalProgress> progress = new LinkedHashMap<>();
            for (CitizenRecord.SubGoal g : goals) {
                int step = goalProgress.merge(g.id(), random.nextInt(3) == 0 ? 1 : 0, Integer::sum);
                progress.put(g.id(), SubGoalProgress.values()[Math.min(2, step)]);
            }
            repository.saveAssessment(id, new Assessment(day, plan.effort(), caseworker, own), progress, BY,
                    clock.instant());
        }
    }
}
