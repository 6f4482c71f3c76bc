package dk.raaderum.partnership.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.partnership.FocusGroup;
import dk.raaderum.platform.DanishFormat;

/** Partnerships, their stages and members in PostgreSQL. */
@Repository
class PartnershipRepository {

    private record Head(String id, String name, String kind, LocalDate from, LocalDate to,
            String description) {
    }

    private record MemberRow(int stage, String stageName, int code, List<FocusGroup> groups, boolean example) {
    }

    private final JdbcClient jdbc;
    private final Geography geography;

    PartnershipRepository(JdbcClient jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    List<Partnership> all() {
        return jdbc.sql("select id, name, kind, period_from, period_to, description from partnership order by period_from, id")
                .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .list().stream().map(this::withStages).toList();
    }

    Optional<Partnership> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The partnerships the municipality is a member of. */
    List<Partnership> of(int code) {
        return all().stream().filter(p -> p.hasMember(code)).toList();
    }

    /** Adds (or changes) a member; an unknown stage or municipality is refused. */
    void addMember(String partnership, int stage, int code, List<FocusGroup> groups, boolean example) {
        if (geography.municipality(code).isEmpty()) {
            throw new IllegalArgumentException("Kommunekoden " + code + " findes ikke");
        }
        jdbc.sql("""
                insert into partnership_member (partnership_id, stage_position, municipality_code, focus_groups, example)
                values (?, ?, ?, ?::text[], ?)
                on conflict (partnership_id, municipality_code) do update set stage_position = excluded.stage_position,
                    focus_groups = excluded.focus_groups, example = excluded.example""")
                .params(partnership, stage, code, "{" + String.join(",", groups.stream().map(Enum::name).toList()) + "}",
                        example)
                .update();
    }

    private Partnership withStages(Head head) {
        List<MemberRow> rows = jdbc.sql("""
                select s.position, s.name, m.municipality_code, m.focus_groups, m.example
                from partnership_stage s left join partnership_member m
                  on m.partnership_id = s.partnership_id and m.stage_position = s.position
                where s.partnership_id = ? order by s.position, m.municipality_code""")
                .param(head.id())
                .query((rs, n) -> new MemberRow(rs.getInt(1), rs.getString(2), rs.getInt(3),
                        rs.wasNull() ? List.of() : groups(rs.getArray(4)), rs.getBoolean(5)))
                .list();
        Map<Integer, String> stageNames = new LinkedHashMap<>();
        Map<Integer, List<Partnership.Member>> members = new LinkedHashMap<>();
        for (MemberRow row : rows) {
            stageNames.put(row.stage(), row.stageName());
            List<Partnership.Member> list = members.computeIfAbsent(row.stage(), s -> new ArrayList<>());
            geography.municipality(row.code()).map(Municipality::name)
                    .ifPresent(name -> list.add(new Partnership.Member(row.code(), name, row.groups(), row.example())));
        }
        Collator danish = Collator.getInstance(DanishFormat.DANISH);
        List<Partnership.Stage> stages = stageNames.entrySet().stream()
                .map(e -> new Partnership.Stage(e.getKey(), e.getValue(), members.get(e.getKey()).stream()
                        .sorted(Comparator.comparing(Partnership.Member::name, danish)).toList()))
                .toList();
        return new Partnership(head.id(), head.name(), head.kind(), head.from(), head.to(), head.description(), stages);
    }

    private static List<FocusGroup> groups(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(FocusGroup::parse).flatMap(Optional::stream).toList();
    }
}
