package dk.raaderum.indicator.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.raaderum.indicator.DataVersion;

/** The stamp from {@code data_import}: one row per import, so counting it is cheap. */
@Component
class JdbcDataVersion implements DataVersion {

    private final JdbcClient jdbc;

    JdbcDataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Stamp current() {
        return jdbc.sql("select count(*), coalesce(max(id), 0) from data_import")
                .query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2))).single();
    }
}
