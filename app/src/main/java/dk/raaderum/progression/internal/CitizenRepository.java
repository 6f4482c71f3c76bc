package dk.raaderum.progression.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.raaderum.plan.TargetGroup;
import dk.raaderum.progression.Assessment;
import dk.raaderum.progression.CitizenDirectory;
import dk.raaderum.progression.Effort;
import dk.raaderum.progression.SubGoalProgress;

/** The progression tables. Every statement names the municipality, so one municipality never reads another's. */
@Repository
class CitizenRepository implements CitizenDirectory {

    private static final String CITIZEN_COLUMNS = """
            id, municipality_code, case_ref, target_group, team, effort, goal, opened_on, closed_on, synthetic""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CitizenRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The fields a new or changed record has; the case reference never changes. */
    record Fields(TargetGroup targetGroup, String team, Effort effort, String goal, LocalDate openedOn,
            LocalDate closedOn, List<String> subGoals) {
    }

    record Summary(long id, String caseRef, TargetGroup targetGroup, String team, Effort effort, LocalDate openedOn,
            LocalDate closedOn, boolean synthetic, int assessments, LocalDate lastAssessment) {
    }

    @Override
    public Optional<Long> idOf(int municipality, String caseRef) {
        return jdbc.sql("select id from progression_citizen where municipality_code = ? and case_ref = ?")
                .params(municipality, caseRef.strip()).query(Long.class).optional();
    }

    Optional<String> teamOf(int municipality, long id) {
        return jdbc.sql("select team from progression_citizen where municipality_code = ? and id = ?")
                .params(municipality, id).query(String.class).optional();
    }

    long insert(int municipality, String caseRef, Fields f, boolean synthetic, String by, Instant at) {
        long id = jdbc.sql("""
                insert into progression_citizen (municipality_code, case_ref, target_group, team, effort, goal,
                    opened_on, closed_on, synthetic, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(municipality, caseRef.strip(), f.targetGroup().name(), f.team(), name(f.effort()), f.goal(),
                        f.openedOn(), f.closedOn(), synthetic, by, Timestamp.from(at))
                .query(Long.class).single();
        replaceSubGoals(id, f.subGoals());
        return id;
    }

    void update(int municipality, long id, Fields f) {
        jdbc.sql("""
                update progression_citizen set target_group = ?, team = ?, effort = ?, goal = ?, opened_on = ?,
                    closed_on = ? where municipality_code = ? and id = ?""")
                .params(f.targetGroup().name(), f.team(), name(f.effort()), f.goal(), f.openedOn(), f.closedOn(),
                        municipality, id).update();
        replaceSubGoals(id, f.subGoals());
    }

    /** Sub-goals by position: a changed text keeps its progress history, removed positions lose theirs. */
    private void replaceSubGoals(long citizen, List<String> texts) {
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("""
                    insert into progression_subgoal (citizen_id, ordinal, text) values (?, ?, ?)
                    on conflict (citizen_id, ordinal) do update set text = excluded.text""")
                    .params(citizen, i + 1, texts.get(i)).update();
        }
        jdbc.sql("delete from progression_subgoal where citizen_id = ? and ordinal > ?").params(citizen, texts.size())
                .update();
    }

    /** Sets the current effort and, when given, the target group and team (from an import's newest row). */
    void updateFromImport(long id, TargetGroup targetGroup, String team, Effort effort) {
        jdbc.sql("""
                update progression_citizen set target_group = coalesce(?, target_group), team = coalesce(?, team),
                    effort = coalesce(?, effort) where id = ?""")
                .params(targetGroup == null ? null : targetGroup.name(), team, name(effort), id).update();
    }

    /** Records the assessment; one per citizen and day, so the same day again replaces it. */
    long saveAssessment(long citizen, Assessment a, Map<Long, SubGoalProgress> subGoals, String by, Instant at) {
        long id = jdbc.sql("""
                insert into progression_assessment (citizen_id, assessed_on, effort, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)
                on conflict (citizen_id, assessed_on) do update set effort = excluded.effort,
                    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                returning id""")
                .params(citizen, a.date(), name(a.effort()), by, Timestamp.from(at)).query(Long.class).single();
        jdbc.sql("delete from progression_score where assessment_id = ?").param(id).update();
        jdbc.sql("delete from progression_subgoal_progress where assessment_id = ?").param(id).update();
        Map<String, Integer[]> scores = new LinkedHashMap<>();
        a.caseworker().forEach((d, s) -> scores.computeIfAbsent(d, x -> new Integer[2])[0] = s);
        a.citizen().forEach((d, s) -> scores.computeIfAbsent(d, x -> new Integer[2])[1] = s);
        template.batchUpdate("insert into progression_score (assessment_id, dimension, caseworker, citizen) "
                + "values (?, ?, ?, ?)", scores.entrySet().stream()
                .map(e -> new Object[] {id, e.getKey(), e.getValue()[0], e.getValue()[1]}).toList());
        subGoals.forEach((goal, progress) -> jdbc.sql("""
                insert into progression_subgoal_progress (assessment_id, subgoal_id, progress)
                select ?, id, ? from progression_subgoal where id = ? and citizen_id = ?""")
                .params(id, progress.name(), goal, citizen).update());
        return id;
    }

    Optional<CitizenRecord> find(int municipality, long id) {
        return jdbc.sql("select " + CITIZEN_COLUMNS + " from progression_citizen where municipality_code = ? and id = ?")
                .params(municipality, id).query((rs, n) -> new CitizenRecord(rs.getLong(1), rs.getInt(2),
                        rs.getString(3), TargetGroup.valueOf(rs.getString(4)), rs.getString(5), effort(rs.getString(6)),
                        rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getBoolean(10), subGoals(rs.getLong(1)), assessments(rs.getLong(1))))
                .optional();
    }

    private List<CitizenRecord.SubGoal> subGoals(long citizen) {
        return jdbc.sql("select id, ordinal, text from progression_subgoal where citizen_id = ? order by ordinal")
                .param(citizen).query((rs, n) -> new CitizenRecord.SubGoal(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    private List<CitizenRecord.StoredAssessment> assessments(long citizen) {
        Map<Long, Map<String, Integer>> caseworker = new HashMap<>();
        Map<Long, Map<String, Integer>> own = new HashMap<>();
        jdbc.sql("""
                select s.assessment_id, s.dimension, s.caseworker, s.citizen from progression_score s
                join progression_assessment a on a.id = s.assessment_id where a.citizen_id = ?""")
                .param(citizen).query(rs -> {
                    put(caseworker, rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3));
                    put(own, rs.getLong(1), rs.getString(2), (Integer) rs.getObject(4));
                });
        Map<Long, Map<Long, SubGoalProgress>> progress = new HashMap<>();
        jdbc.sql("""
                select p.assessment_id, p.subgoal_id, p.progress from progression_subgoal_progress p
                join progression_assessment a on a.id = p.assessment_id where a.citizen_id = ?""")
                .param(citizen).query(rs -> {
                    progress.computeIfAbsent(rs.getLong(1), x -> new HashMap<>())
                            .put(rs.getLong(2), SubGoalProgress.valueOf(rs.getString(3)));
                });
        return jdbc.sql("""
                select id, assessed_on, effort, recorded_by, recorded_at from progression_assessment
                where citizen_id = ? order by assessed_on""")
                .param(citizen).query((rs, n) -> new CitizenRecord.StoredAssessment(rs.getLong(1),
                        new Assessment(rs.getObject(2, LocalDate.class), effort(rs.getString(3)),
                                caseworker.getOrDefault(rs.getLong(1), Map.of()), own.getOrDefault(rs.getLong(1), Map.of())),
                        progress.getOrDefault(rs.getLong(1), Map.of()), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static void put(Map<Long, Map<String, Integer>> into, long assessment, String dimension, Integer score) {
        if (score != null) {
            into.computeIfAbsent(assessment, x -> new HashMap<>()).put(dimension, score);
        }
    }

    List<Summary> list(int municipality) {
        return jdbc.sql("""
                select c.id, c.case_ref, c.target_group, c.team, c.effort, c.opened_on, c.closed_on, c.synthetic,
                       count(a.id), max(a.assessed_on)
                from progression_citizen c left join progression_assessment a on a.citizen_id = c.id
                where c.municipality_code = ?
                group by c.id order by c.team, c.case_ref""")
                .param(municipality).query((rs, n) -> new Summary(rs.getLong(1), rs.getString(2),
                        TargetGroup.valueOf(rs.getString(3)), rs.getString(4), effort(rs.getString(5)),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBoolean(8),
                        rs.getInt(9), rs.getObject(10, LocalDate.class)))
                .list();
    }

    /** Every citizen's grouping fields and caseworker assessments, read in two statements for aggregates. */
    Map<CitizenRecord.Grouping, List<Assessment>> allAssessments(int municipality) {
        Map<Long, CitizenRecord.Grouping> citizens = new LinkedHashMap<>();
        jdbc.sql("select id, target_group, team, synthetic from progression_citizen where municipality_code = ?")
                .param(municipality).query(rs -> {
                    citizens.put(rs.getLong(1), new CitizenRecord.Grouping(rs.getLong(1),
                            TargetGroup.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4)));
                });
        Map<Long, Assessment> byId = new LinkedHashMap<>();
        Map<Long, Long> citizenOf = new HashMap<>();
        Map<Long, Map<String, Integer>> scores = new HashMap<>();
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        jdbc.sql("""
                select a.citizen_id, a.id, a.assessed_on, a.effort, s.dimension, s.caseworker
                from progression_assessment a join progression_citizen c on c.id = a.citizen_id
                left join progression_score s on s.assessment_id = a.id
                where c.municipality_code = ? order by a.citizen_id, a.assessed_on""")
                .param(municipality).query(rs -> {
                    long assessment = rs.getLong(2);
                    citizenOf.put(assessment, rs.getLong(1));
                    heads.putIfAbsent(assessment, new Object[] {rs.getObject(3, LocalDate.class), rs.getString(4)});
                    Integer score = (Integer) rs.getObject(6);
                    if (score != null) {
                        scores.computeIfAbsent(assessment, x -> new HashMap<>()).put(rs.getString(5), score);
                    }
                });
        heads.forEach((assessment, head) -> byId.put(assessment, new Assessment((LocalDate) head[0],
                effort((String) head[1]), scores.getOrDefault(assessment, Map.of()), Map.of())));
        Map<CitizenRecord.Grouping, List<Assessment>> result = new LinkedHashMap<>();
        citizens.values().forEach(c -> result.put(c, new ArrayList<>()));
        byId.forEach((assessment, a) -> result.get(citizens.get(citizenOf.get(assessment))).add(a));
        return result;
    }

    boolean delete(int municipality, long id) {
        return jdbc.sql("delete from progression_citizen where municipality_code = ? and id = ?")
                .params(municipality, id).update() == 1;
    }

    record Expired(long id, int municipality, LocalDate closedOn) {
    }

    /** The records whose case closed on or before the day. */
    List<Expired> closedOnOrBefore(LocalDate day) {
        return jdbc.sql("""
                select id, municipality_code, closed_on from progression_citizen
                where closed_on is not null and closed_on <= ? order by id""")
                .param(day).query((rs, n) -> new Expired(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    List<String> teams(int municipality) {
        return jdbc.sql("select distinct team from progression_citizen where municipality_code = ? order by team")
                .param(municipality).query(String.class).list();
    }

    private static String name(Effort effort) {
        return effort == null ? null : effort.name();
    }

    private static Effort effort(String name) {
        return name == null ? null : Effort.valueOf(name);
    }
}
