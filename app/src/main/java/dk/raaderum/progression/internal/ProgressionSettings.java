package dk.raaderum.progression.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.progression.Dimension;

/** What the leder sets up: the dimensions citizens are assessed on, and the teams each caseworker works in. */
@Repository
class ProgressionSettings {

    private final JdbcClient jdbc;

    ProgressionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality's own set, or the default BIP-style set when it has none. */
    List<Dimension> dimensions(int municipality) {
        List<Dimension> own = jdbc.sql("""
                select id, name from progression_dimension where municipality_code = ? order by ordinal""")
                .param(municipality).query((rs, n) -> new Dimension(rs.getString(1), rs.getString(2))).list();
        return own.isEmpty() ? Dimension.DEFAULTS : own;
    }

    @Transactional
    void replaceDimensions(int municipality, List<Dimension> dimensions) {
        jdbc.sql("delete from progression_dimension where municipality_code = ?").param(municipality).update();
        for (int i = 0; i < dimensions.size(); i++) {
            jdbc.sql("insert into progression_dimension (municipality_code, id, name, ordinal) values (?, ?, ?, ?)")
                    .params(municipality, dimensions.get(i).id(), dimensions.get(i).name(), i + 1).update();
        }
    }

    /** The teams the user works in; none means no limit. */
    Set<String> teamsOf(int municipality, String username) {
        return new LinkedHashSet<>(jdbc.sql("""
                select team from caseworker_team where municipality_code = ? and username = ? order by team""")
                .params(municipality, username).query(String.class).list());
    }

    /** Every limited user and her teams. */
    Map<String, List<String>> caseworkers(int municipality) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        jdbc.sql("select username, team from caseworker_team where municipality_code = ? order by username, team")
                .param(municipality).query(rs -> {
                    all.computeIfAbsent(rs.getString(1), u -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return all;
    }

    @Transactional
    void setTeams(int municipality, String username, Set<String> teams) {
        jdbc.sql("delete from caseworker_team where municipality_code = ? and username = ?")
                .params(municipality, username).update();
        for (String team : teams) {
            jdbc.sql("insert into caseworker_team (municipality_code, username, team) values (?, ?, ?)")
                    .params(municipality, username, team).update();
        }
    }
}
