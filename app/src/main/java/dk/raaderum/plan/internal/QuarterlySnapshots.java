package dk.raaderum.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.plan.Goal;

/**
 * Keeps the follow-up history: for every goal, one snapshot per completed quarter of its plan year and later,
 * assessed on the data known at the quarter's end. A snapshot, once taken, is never changed. Runs at start and
 * every night.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
class QuarterlySnapshots implements ApplicationRunner {

    private final Clock clock;

    private final PlanRepository repository;
    private final GoalAssessor assessor;

    QuarterlySnapshots(PlanRepository repository, GoalAssessor assessor, Clock clock) {

        this.clock = clock;
        this.repository = repository;
        this.assessor = assessor;
    }

    @Override
    public void run(ApplicationArguments args) {
        takeDue();
    }

    @Scheduled(cron = "0 15 2 * * *", zone = "Europe/Copenhagen")
    void nightly() {
        takeDue();
    }

    void takeDue() {
        takeDue(repository.allGoals(), Period.containing(PeriodType.QUARTER, DanishFormat.today(clock)).start());
    }

    /**
     * Snapshots of each goal for each completed quarter from its plan year's first until before {@code thisQuarter};
     * only quarters without one are assessed, so a start or a nightly run with nothing due reads no data.
     */
    void takeDue(List<Goal> goals, LocalDate thisQuarter) {
        Map<Long, Set<LocalDate>> taken = repository.snapshotQuarters();
        for (Goal goal : goals) {
            Set<LocalDate> has = taken.getOrDefault(goal.id(), Set.of());
            for (LocalDate q = LocalDate.of(goal.planYear(), 1, 1); q.isBefore(thisQuarter); q = q.plusMonths(3)) {
                if (!has.contains(q)) {
                    YearMonth quarterEnd = YearMonth.from(q.plusMonths(2));
                    repository.saveSnapshot(goal.id(), q, assessor.follow(goal, quarterEnd).assessment());
                }
            }
        }
    }
}
