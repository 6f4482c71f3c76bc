package dk.raaderum.plan.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Committee cases with their alternatives, linked goals and decision, in PostgreSQL. */
@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DecisionCase> decisions(int municipality) {
        return jdbc.sql("select id from decision_case where municipality_code = ? order by meeting_date desc, id desc")
                .param(municipality).query(Long.class).list().stream()
                .map(id -> decision(municipality, id).orElseThrow()).toList();
    }

    Optional<DecisionCase> decision(int municipality, long id) {
        List<DecisionCase.Alternative> alternatives = jdbc.sql("""
                select id, title, expected_effect, expected_cost, recommended from decision_alternative
                where case_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new DecisionCase.Alternative(rs.getLong(1), rs.getString(2), rs.getString(3),
                        PlanRepository.nullable(rs, 4), rs.getBoolean(5)))
                .list();
        List<Long> goals = jdbc.sql("select goal_id from decision_goal where case_id = ? order by goal_id")
                .param(id).query(Long.class).list();
        return jdbc.sql("""
                select id, municipality_code, title, background, meeting_date, chosen_alternative, rationale,
                    decided_by, decided_at from decision_case where municipality_code = ? and id = ?""")
                .params(municipality, id)
                .query((rs, n) -> {
                    long chosen = rs.getLong(6);
                    Long chosenId = rs.wasNull() ? null : chosen;
                    Timestamp decidedAt = rs.getTimestamp(9);
                    return new DecisionCase(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5).toLocalDate(), alternatives, chosenId, rs.getString(7), rs.getString(8),
                            decidedAt == null ? null : decidedAt.toInstant(), goals);
                })
                .optional();
    }

    long insertDecision(int municipality, String title, String background, LocalDate meeting,
            List<DecisionCase.Alternative> alternatives, List<Long> goals, String user) {
        long id = jdbc.sql("""
                insert into decision_case (municipality_code, title, background, meeting_date, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(municipality, title, background, meeting, user).query(Long.class).single();
        for (DecisionCase.Alternative a : alternatives) {
            jdbc.sql("""
                    insert into decision_alternative (case_id, title, expected_effect, expected_cost, recommended)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, a.title(), a.expectedEffect(), a.expectedCost(), a.recommended()).update();
        }
        for (Long goal : goals) {
            jdbc.sql("insert into decision_goal (case_id, goal_id) values (?, ?)").params(id, goal).update();
        }
        return id;
    }

    void decide(long id, long alternative, String rationale, String user) {
        jdbc.sql("""
                update decision_case set chosen_alternative = ?, rationale = ?, decided_by = ?, decided_at = now()
                where id = ?""")
                .params(alternative, rationale, user, id).update();
    }

}
