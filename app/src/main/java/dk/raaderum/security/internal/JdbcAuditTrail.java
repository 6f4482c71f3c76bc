package dk.raaderum.security.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.raaderum.security.AuditTrail;

@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String user, Integer municipality, String action, String target, String outcome,
            String detail) {
        jdbc.sql("""
                insert into audit_event (username, municipality_code, action, target, outcome, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(user, municipality, action, target, outcome, detail).update();
    }

    @Override
    public List<Event> recent(int municipality, int limit) {
        return jdbc.sql("""
                select at, username, action, target, outcome, detail from audit_event
                where municipality_code = ? order by at desc, id desc limit ?""")
                .params(municipality, limit)
                .query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
