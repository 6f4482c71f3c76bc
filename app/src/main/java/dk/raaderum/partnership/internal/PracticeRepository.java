package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.plan.TargetGroup;

/** The practice library in PostgreSQL; who adopted a practice is read from the action plans. */
@Repository
class PracticeRepository {

    private record Head(long id, int municipality, String title, String description, LocalDate start,
            String contactRole, boolean example) {
    }

    private final JdbcClient jdbc;
    private final Geography geography;

    PracticeRepository(JdbcClient jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    List<Practice> all() {
        Map<Long, List<Recommendation>> recommendations = many("select practice_id, recommendation from "
                + "practice_recommendation order by recommendation", (rs) -> Recommendation.number(rs.getInt(2)));
        Map<Long, List<TargetGroup>> groups = many("select practice_id, target_group from practice_target_group "
                + "order by target_group", (rs) -> TargetGroup.valueOf(rs.getString(2)));
        Map<Long, List<String>> indicators = many("select practice_id, indicator_id from practice_indicator "
                + "order by indicator_id", (rs) -> rs.getString(2));
        Map<Long, List<Integer>> adopters = many("select practice_id, municipality_code from action_plan_item "
                + "where practice_id is not null order by municipality_code", (rs) -> rs.getInt(2));
        return jdbc.sql("""
                select id, municipality_code, title, description, start_month, contact_role, example from practice
                order by start_month desc, id desc""")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7)))
                .list().stream()
                .map(h -> new Practice(h.id(), h.municipality(), geography.municipality(h.municipality())
                        .map(Municipality::name).orElse(Integer.toString(h.municipality())), h.title(), h.description(),
                        YearMonth.from(h.start()), h.contactRole(), recommendations.getOrDefault(h.id(), List.of()),
                        groups.getOrDefault(h.id(), List.of()), indicators.getOrDefault(h.id(), List.of()), h.example(),
                        adopters.getOrDefault(h.id(), List.of())))
                .toList();
    }

    Optional<Practice> find(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    long create(int municipality, String title, String description, YearMonth start, String contactRole,
            List<Recommendation> recommendations, List<TargetGroup> groups, List<String> indicators, boolean example,
            String by) {
        long id = jdbc.sql("""
                insert into practice (municipality_code, title, description, start_month, contact_role, example, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(municipality, title, description, start.atDay(1), contactRole, example, by)
                .query(Long.class).single();
        recommendations.forEach(r -> jdbc.sql("insert into practice_recommendation values (?, ?)")
                .params(id, r.number()).update());
        groups.forEach(g -> jdbc.sql("insert into practice_target_group values (?, ?)").params(id, g.name()).update());
        indicators.forEach(i -> jdbc.sql("insert into practice_indicator values (?, ?)").params(id, i).update());
        return id;
    }

    private interface Column<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private <T> Map<Long, List<T>> many(String sql, Column<T> column) {
        Map<Long, List<T>> out = new HashMap<>();
        jdbc.sql(sql).query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(column.read(rs)))
                .list();
        return out;
    }
}
