package dk.raaderum.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dk.raaderum.security.AuditTrail;

@Component
class JdbcAuditTrail implements AuditTrail {

    /** Each filter is "null matches all", so the statement is fixed text with bound parameters only. */
    private static final String WHERE = """
            where (cast(:allMunicipalities as boolean) or municipality_code = :municipality)
              and (cast(:from as timestamptz) is null or at >= :from)
              and (cast(:to as timestamptz) is null or at < :to)
              and (cast(:user as text) is null or username = :user)
              and (cast(:action as text) is null or action = :action)
              and (cast(:outcome as text) is null or outcome = :outcome)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    JdbcAuditTrail(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String user, Integer municipality, String action, String target, String outcome,
            String detail) {
        record(user, municipality, action, target, outcome, detail, null);
    }

    @Override
    public void record(String user, Integer municipality, String action, String target, String outcome,
            String detail, String reason) {
        jdbc.update("""
                insert into audit_event (at, username, municipality_code, action, target, outcome, detail, address, reason)
                values (:at, :user, :municipality, :action, :target, :outcome, :detail, :address, :reason)""",
                new MapSqlParameterSource().addValue("at", Timestamp.from(clock.instant()))
                        .addValue("user", user == null ? "anonym" : user).addValue("municipality", municipality)
                        .addValue("action", action).addValue("target", target).addValue("outcome", outcome)
                        .addValue("detail", detail).addValue("address", clientAddress()).addValue("reason", reason));
    }

    @Override
    public void recordForUser(String user, String action, String target, String outcome, String detail) {
        Integer municipality = jdbc.query("select municipality_code from app_user where username = :user",
                new MapSqlParameterSource("user", user), (rs, n) -> (Integer) rs.getObject(1)).stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        record(user, municipality, action, target, outcome, detail);
    }

    @Override
    public Page page(Query q) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("allMunicipalities", q.municipality() == null).addValue("municipality", q.municipality())
                .addValue("from", q.from() == null ? null : Timestamp.from(q.from()))
                .addValue("to", q.to() == null ? null : Timestamp.from(q.to()))
                .addValue("user", q.user()).addValue("action", q.action()).addValue("outcome", q.outcome())
                .addValue("limit", q.size()).addValue("offset", (long) q.page() * q.size());
        Long total = jdbc.queryForObject("select count(*) from audit_event " + WHERE, params, Long.class);
        List<Event> events = jdbc.query("""
                select id, at, username, municipality_code, action, target, outcome, detail, address, reason
                from audit_event""" + " " + WHERE + " order by at desc, id desc limit :limit offset :offset", params,
                (rs, n) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)));
        return new Page(events, total == null ? 0 : total, q.page(), q.size());
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
