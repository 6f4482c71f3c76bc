package dk.raaderum.economy.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Business cases as proposed and computed, kept as they were. */
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

    java.util.List<Kept> list(int code) {
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
                    register_import_id, created_by)
                values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?) returning id""")
                .params(code, computed.input().title(), computed.input().group(),
                        json.writeValueAsString(computed.input()), json.writeValueAsString(result),
                        computed.register().importId(), user)
                .query(Long.class).single();
    }
}
