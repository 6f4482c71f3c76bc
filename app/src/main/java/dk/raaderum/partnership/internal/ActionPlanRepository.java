package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.raaderum.partnership.ActionStatus;
import dk.raaderum.partnership.Recommendation;

/** The saved actions of municipalities' action plans. */
@Repository
class ActionPlanRepository {

    private final JdbcClient jdbc;

    ActionPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality's saved actions, in recommendation order (adopted practices after the catalogue's). */
    List<ActionItem> saved(int municipality) {
        Map<Long, List<Long>> goals = new HashMap<>();
        jdbc.sql("""
                select g.item_id, g.goal_id from action_plan_goal g join action_plan_item i on i.id = g.item_id
                where i.municipality_code = ? order by g.goal_id""")
                .param(municipality)
                .query((rs, n) -> goals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
        return jdbc.sql("""
                select id, action_key, recommendation, title, practice_id, status, owner, deadline, example
                from action_plan_item where municipality_code = ?
                order by recommendation, practice_id nulls first, id""")
                .param(municipality)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    long practice = rs.getLong(5);
                    Long practiceId = rs.wasNull() ? null : practice;
                    return new ActionItem(id, rs.getString(2), Recommendation.number(rs.getInt(3)), rs.getString(4),
                            practiceId, ActionStatus.valueOf(rs.getString(6)), rs.getString(7),
                            rs.getObject(8, LocalDate.class), List.copyOf(goals.getOrDefault(id, List.of())),
                            rs.getBoolean(9));
                })
                .list();
    }

    /** Saves the action (new or changed) with its goals; returns its id. */
    long save(int municipality, ActionItem item, String by) {
        long id = jdbc.sql("""
                insert into action_plan_item (municipality_code, action_key, recommendation, title, practice_id,
                    status, owner, deadline, example, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (municipality_code, action_key) do update set status = excluded.status,
                    owner = excluded.owner, deadline = excluded.deadline, changed_by = excluded.changed_by,
                    changed_at = now()
                returning id""")
                .params(municipality, item.key(), item.recommendation().number(), item.title(), item.practice(),
                        item.status().name(), item.owner(), item.deadline(), item.example(), by)
                .query(Long.class).single();
        jdbc.sql("delete from action_plan_goal where item_id = ?").param(id).update();
        for (long goal : item.goals()) {
            jdbc.sql("insert into action_plan_goal (item_id, goal_id) values (?, ?)").params(id, goal).update();
        }
        return id;
    }
}
