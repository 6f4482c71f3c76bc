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
