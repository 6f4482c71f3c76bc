package dk.raaderum.dialogue.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.raaderum.dialogue.Audience;

@Repository
class DialogueRepository {

    private final JdbcClient jdbc;

    DialogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(int code, Meeting m, Instant at) {
        return jdbc.sql("""
                insert into dialogue_meeting (municipality_code, held_on, audience, participants, themes, takeaways,
                    synthetic, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(code, m.heldOn(), m.audience().name(), m.participants(), m.themes(), m.takeaways(),
                        m.synthetic(), m.createdBy(), Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The meetings held from {@code from} up to (not including) {@code to}, newest first. */
    List<Meeting> meetings(int code, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, held_on, audience, participants, themes, takeaways, synthetic, created_by
                from dialogue_meeting where municipality_code = ? and held_on >= ? and held_on < ?
                order by held_on desc, id desc""")
                .params(code, from, to).query((rs, n) -> new Meeting(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        Audience.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7), rs.getString(8)))
                .list();
    }
}
