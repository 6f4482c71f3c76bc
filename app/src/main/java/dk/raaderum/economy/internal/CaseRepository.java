package dk.raaderum.economy.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Business cases as proposed and computed, kept as they were, and what they are attached to. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A kept case, for the side-by-side comparison. */
    record Kept(long id, String title, String group, double npvDkk, Integer paybackMonths, double netDkk) {
    }

    List<Kept> list(int code) {
        return jdbc.sql("""
                select id, title, benefit_group, (result->>'npv_dkk')::float8,
                       (result->>'payback_months')::int,
                       (select sum((y->>'net_dkk')::float8) from jsonb_array_elements(result->'years') y)
                from business_case where municipality_code = ? order by id desc limit 20""")
                .param(code)
                .query((rs, n) -> new Kept(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        (Integer) rs.getObject(5), rs.getDouble(6)))
                .list();
    }

    long save(int code, EconomyService.Computed computed, EconomyJson.CaseJson result, String user) {
        return jdbc.sql("""
                insert into business_case (municipality_code, title, benefit_group, proposal, result,
                    register_import_id, created_by, expected_path)
                values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, cast(? as jsonb)) returning id""")
                .params(code, computed.input().title(), computed.input().group(),
                        json.writeValueAsString(computed.input()), json.writeValueAsString(result),
                        computed.register().importId(), user, json.writeValueAsString(computed.result().path()))
                .query(Long.class).single();
    }

    /** A kept case with what the follow-up needs; {@code path} is null for a case kept before paths were. */
    record Stored(long id, String title, String group, int years, EconomyJson.CaseJson result,
            CaseResult.ExpectedPath path) {
    }

    Optional<Stored> find(int code, long id) {
        return jdbc.sql("""
                select id, title, benefit_group, (proposal->>'years')::int, result::text, expected_path::text
                from business_case where municipality_code = ? and id = ?""")
                .params(code, id)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        json.readValue(rs.getString(5), EconomyJson.CaseJson.class),
                        rs.getString(6) == null ? null : json.readValue(rs.getString(6), CaseResult.ExpectedPath.class)))
                .optional();
    }

    /** What a case is attached to: a decision's alternative (both null when none) and goals, from a start month. */
    record Link(Long decisionId, Long alternativeId, List<Long> goals, YearMonth start) {
    }

    @Transactional
    void link(long caseId, Link link, String user) {
        jdbc.sql("""
                insert into business_case_link (case_id, decision_id, alternative_id, start_month, linked_by)
                values (?, ?, ?, ?, ?)
                on conflict (case_id) do update set decision_id = excluded.decision_id,
                    alternative_id = excluded.alternative_id, start_month = excluded.start_month,
                    linked_by = excluded.linked_by, linked_at = now()""")
                .params(caseId, link.decisionId(), link.alternativeId(), Date.valueOf(link.start().atDay(1)), user)
                .update();
        jdbc.sql("delete from business_case_goal where case_id = ?").param(caseId).update();
        for (Long goal : link.goals()) {
            jdbc.sql("insert into business_case_goal (case_id, goal_id) values (?, ?)").params(caseId, goal).update();
        }
    }

    Optional<Link> link(long caseId) {
        List<Long> goals = jdbc.sql("select goal_id from business_case_goal where case_id = ? order by goal_id")
                .param(caseId).query(Long.class).list();
        return jdbc.sql("select decision_id, alternative_id, start_month from business_case_link where case_id = ?")
                .param(caseId)
                .query((rs, n) -> new Link((Long) rs.getObject(1), (Long) rs.getObject(2), goals,
                        YearMonth.from(rs.getDate(3).toLocalDate())))
                .optional();
    }
}
