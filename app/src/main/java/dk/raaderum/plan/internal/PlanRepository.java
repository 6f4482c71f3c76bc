package dk.raaderum.plan.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.plan.Assessment;
import dk.raaderum.plan.Direction;
import dk.raaderum.plan.Goal;
import dk.raaderum.plan.GoalKind;
import dk.raaderum.plan.GoalStatus;
import dk.raaderum.plan.Motorvej;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.plan.TeamTarget;
import dk.raaderum.plan.internal.SteeringText.TextKind;

/** The steering documents in PostgreSQL. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- vision, values, strategies

    List<SteeringText> currentTexts(int municipality) {
        return jdbc.sql("""
                select distinct on (kind) kind, version, body, changed_by, changed_at from steering_text
                where municipality_code = ? order by kind, version desc""")
                .param(municipality).query(PlanRepository::text).list();
    }

    List<SteeringText> textHistory(int municipality, TextKind kind) {
        return jdbc.sql("""
                select kind, version, body, changed_by, changed_at from steering_text
                where municipality_code = ? and kind = ? order by version desc""")
                .params(municipality, kind.name()).query(PlanRepository::text).list();
    }

    /** A new version; saves of the same text are serialised by a transaction lock, so two never get the same number. */
    int addText(int municipality, TextKind kind, String body, String user) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(municipality, kind.ordinal()).query(Object.class).single();
        return jdbc.sql("""
                insert into steering_text (municipality_code, kind, version, body, changed_by)
                select ?, ?, coalesce(max(version), 0) + 1, ?, ? from steering_text
                where municipality_code = ? and kind = ?
                returning version""")
                .params(municipality, kind.name(), body, user, municipality, kind.name())
                .query(Integer.class).single();
    }

    private static SteeringText text(ResultSet rs, int n) throws SQLException {
        return new SteeringText(TextKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }

    // --- plans and goals

    List<Integer> planYears(int municipality) {
        return jdbc.sql("select year from employment_plan where municipality_code = ? order by year desc")
                .param(municipality).query(Integer.class).list();
    }

    void ensurePlan(int municipality, int year, String user) {
        jdbc.sql("""
                insert into employment_plan (municipality_code, year, title, created_by) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(municipality, year, "Beskæftigelsesplan " + year, user).update();
    }

    List<Goal> goals(int municipality, int year) {
        return withTeams(jdbc.sql(GOAL_SELECT + " where municipality_code = ? and plan_year = ? order by kind, id")
                .params(municipality, year).query(PlanRepository::goal).list());
    }

    List<Goal> allGoals() {
        return withTeams(jdbc.sql(GOAL_SELECT + " order by id").query(PlanRepository::goal).list());
    }

    Optional<Goal> goal(int municipality, long id) {
        return withTeams(jdbc.sql(GOAL_SELECT + " where municipality_code = ? and id = ?")
                .params(municipality, id).query(PlanRepository::goal).list()).stream().findFirst();
    }

    /** The goals with their breakdown to teams, read in one query for all of them. */
    private List<Goal> withTeams(List<Goal> goals) {
        if (goals.isEmpty()) {
            return goals;
        }
        Map<Long, List<TeamTarget>> teams = new HashMap<>();
        jdbc.sql("select goal_id, team, target_value, owner from goal_team_target where goal_id = any(?) order by team")
                .param(goals.stream().map(Goal::id).toArray(Long[]::new))
                .query(rs -> {
                    teams.computeIfAbsent(rs.getLong(1), g -> new ArrayList<>())
                            .add(new TeamTarget(rs.getString(2), rs.getDouble(3), rs.getString(4)));
                });
        return goals.stream().map(g -> g.withTeams(teams.getOrDefault(g.id(), List.of()))).toList();
    }

    long insertGoal(Goal g) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into goal (municipality_code, plan_year, kind, title, target_group, indicator_id,
                    baseline_month, baseline_value, target_value, direction, deadline_month, owner, changed_by)
                values (:m, :y, :kind, :title, :group, :indicator, :bm, :bv, :target, :dir, :deadline, :owner, :by)""")
                .paramSource(new GoalParams(g)).update(key, "id");
        long id = key.getKey().longValue();
        replaceTeams(id, g.teams());
        return id;
    }

    void updateGoal(Goal g) {
        jdbc.sql("""
                update goal set plan_year = :y, kind = :kind, title = :title, target_group = :group,
                    indicator_id = :indicator, baseline_month = :bm, baseline_value = :bv, target_value = :target,
                    direction = :dir, deadline_month = :deadline, owner = :owner, changed_by = :by, changed_at = now()
                where id = :id and municipality_code = :m""")
                .paramSource(new GoalParams(g)).update();
        replaceTeams(g.id(), g.teams());
    }

    /** Locks the goal's row for the rest of the transaction; false when it does not exist (or was just deleted). */
    boolean lockGoal(int municipality, long id) {
        return jdbc.sql("select id from goal where municipality_code = ? and id = ? for update").params(municipality, id)
                .query(Long.class).optional().isPresent();
    }

    void deleteGoal(int municipality, long id) {
        jdbc.sql("delete from goal where municipality_code = ? and id = ?").params(municipality, id).update();
    }

    private void replaceTeams(long goal, List<TeamTarget> teams) {
        jdbc.sql("delete from goal_team_target where goal_id = ?").param(goal).update();
        for (TeamTarget t : teams) {
            jdbc.sql("insert into goal_team_target (goal_id, team, target_value, owner) values (?, ?, ?, ?)")
                    .params(goal, t.team(), t.target(), t.owner()).update();
        }
    }

    private static final String GOAL_SELECT = """
            select id, municipality_code, plan_year, kind, title, target_group, indicator_id, baseline_month,
                baseline_value, target_value, direction, deadline_month, owner, changed_by, changed_at from goal""";

    /** One goal row; its teams are added by {@link #withTeams}. */
    private static Goal goal(ResultSet rs, int n) throws SQLException {
        return new Goal(rs.getLong(1), rs.getInt(2), rs.getInt(3), GoalKind.valueOf(rs.getString(4)),
                rs.getString(5), TargetGroup.valueOf(rs.getString(6)), rs.getString(7), month(rs.getDate(8)),
                nullable(rs, 9), rs.getDouble(10), Direction.valueOf(rs.getString(11)), month(rs.getDate(12)),
                rs.getString(13), List.of(), rs.getString(14), rs.getTimestamp(15).toInstant());
    }

    // --- quarterly snapshots

    record Snapshot(Period quarter, GoalStatus status, YearMonth latestMonth, Double latestValue,
            Double forecast, String reasoning, Instant takenAt) {
    }

    /** Keeps the first snapshot of a goal for a quarter; later calls for the same quarter change nothing. */
    void saveSnapshot(long goal, LocalDate quarterStart, Assessment a) {
        jdbc.sql("""
                insert into goal_snapshot (goal_id, quarter_start, status, latest_month, latest_value, forecast,
                    forecast_lower, forecast_upper, reasoning)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(goal, quarterStart, a.status().name(),
                        a.latest() == null ? null : a.latest().month().atDay(1),
                        a.latest() == null ? null : a.latest().value(),
                        a.forecast() == null ? null : a.forecast().value(),
                        a.forecast() == null ? null : a.forecast().lower(),
                        a.forecast() == null ? null : a.forecast().upper(), a.reasoning())
                .update();
    }

    /** For every goal, the quarters it already has a snapshot for. */
    Map<Long, Set<LocalDate>> snapshotQuarters() {
        Map<Long, Set<LocalDate>> taken = new HashMap<>();
        jdbc.sql("select goal_id, quarter_start from goal_snapshot").query(rs -> {
            taken.computeIfAbsent(rs.getLong(1), g -> new HashSet<>()).add(rs.getDate(2).toLocalDate());
        });
        return taken;
    }

    List<Snapshot> snapshots(long goal) {
        return jdbc.sql("""
                select quarter_start, status, latest_month, latest_value, forecast, reasoning, taken_at
                from goal_snapshot where goal_id = ? order by quarter_start desc""")
                .param(goal)
                .query((rs, n) -> new Snapshot(new Period(PeriodType.QUARTER, rs.getDate(1).toLocalDate()),
                        GoalStatus.valueOf(rs.getString(2)),
                        rs.getDate(3) == null ? null : month(rs.getDate(3)), nullable(rs, 4), nullable(rs, 5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    // --- motorvej

    List<Motorvej> motorveje(int municipality, int year) {
        return jdbc.sql("""
                select municipality_code, year, target_group, principles, beyond_minimum, availability, mix_company,
                    mix_education, mix_projects, mix_nytte, budget_dkk, changed_by, changed_at
                from motorvej where municipality_code = ? and year = ? order by target_group""")
                .params(municipality, year)
                .query((rs, n) -> new Motorvej(rs.getInt(1), rs.getInt(2), TargetGroup.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), nullable(rs, 7), nullable(rs, 8),
                        nullable(rs, 9), nullable(rs, 10), nullable(rs, 11), rs.getString(12),
                        rs.getTimestamp(13).toInstant()))
                .list();
    }

    void saveMotorvej(Motorvej m) {
        jdbc.sql("""
                insert into motorvej (municipality_code, year, target_group, principles, beyond_minimum, availability,
                    mix_company, mix_education, mix_projects, mix_nytte, budget_dkk, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (municipality_code, year, target_group) do update set principles = excluded.principles,
                    beyond_minimum = excluded.beyond_minimum, availability = excluded.availability,
                    mix_company = excluded.mix_company, mix_education = excluded.mix_education,
                    mix_projects = excluded.mix_projects, mix_nytte = excluded.mix_nytte,
                    budget_dkk = excluded.budget_dkk, changed_by = excluded.changed_by, changed_at = now()""")
                .params(m.municipality(), m.year(), m.group().name(), m.principles(), m.beyondMinimum(),
                        m.availability(), m.mixCompany(), m.mixEducation(), m.mixProjects(), m.mixNytte(),
                        m.budgetDkk(), m.changedBy())
                .update();
    }

    static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static YearMonth month(Date date) {
        return YearMonth.from(date.toLocalDate());
    }
}
