package dk.raaderum.partnership.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Network meetings in PostgreSQL. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Meeting> meetings(String partnership) {
        Map<Long, List<Integer>> who = new HashMap<>();
        jdbc.sql("""
                select m.meeting_id, m.municipality_code from network_meeting_municipality m
                join network_meeting n on n.id = m.meeting_id where n.partnership_id = ? order by m.municipality_code""")
                .param(partnership)
                .query((rs, n) -> who.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2))).list();
        return jdbc.sql("""
                select id, partnership_id, meeting_date, place, kind, roles, agenda, minutes, agreements, example,
                       changed_by, changed_at
                from network_meeting where partnership_id = ? order by meeting_date desc, id desc""")
                .param(partnership).query((rs, n) -> meeting(rs, who.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    Optional<Meeting> meeting(String partnership, long id) {
        return meetings(partnership).stream().filter(m -> m.id() == id).findFirst();
    }

    /** Saves a new meeting (id null) or changes one; returns its id. */
    long save(String partnership, Long id, LocalDate date, String place, Meeting.Kind kind,
            List<Meeting.Participant> roles, List<Integer> municipalities, String agenda, String minutes,
            String agreements, boolean example, String by) {
        String roleArray = "{" + String.join(",", roles.stream().map(Enum::name).toList()) + "}";
        long saved = id == null
                ? jdbc.sql("""
                        insert into network_meeting (partnership_id, meeting_date, place, kind, roles, agenda, minutes,
                            agreements, example, changed_by)
                        values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?) returning id""")
                        .params(partnership, date, place, kind.name(), roleArray, agenda, minutes, agreements, example, by)
                        .query(Long.class).single()
                : jdbc.sql("""
                        update network_meeting set meeting_date = ?, place = ?, kind = ?, roles = ?::text[], agenda = ?,
                            minutes = ?, agreements = ?, changed_by = ?, changed_at = now()
                        where partnership_id = ? and id = ? returning id""")
                        .params(date, place, kind.name(), roleArray, agenda, minutes, agreements, by, partnership, id)
                        .query(Long.class).single();
        jdbc.sql("delete from network_meeting_municipality where meeting_id = ?").param(saved).update();
        for (int code : municipalities) {
            jdbc.sql("insert into network_meeting_municipality (meeting_id, municipality_code) values (?, ?)")
                    .params(saved, code).update();
        }
        return saved;
    }

    private static Meeting meeting(ResultSet rs, List<Integer> municipalities) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                Meeting.Kind.valueOf(rs.getString(5)), participants(rs.getArray(6)), List.copyOf(municipalities),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getString(11),
                rs.getTimestamp(12).toInstant());
    }

    private static List<Meeting.Participant> participants(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).map(Meeting.Participant::parse)
                .flatMap(Optional::stream).toList();
    }
}
