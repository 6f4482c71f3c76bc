package dk.raaderum.company.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.raaderum.company.CompanyFigures;
import dk.raaderum.company.ContactKind;
import dk.raaderum.company.PlacementKind;
import dk.raaderum.company.PlacementOutcome;
import dk.raaderum.company.Sector;
import dk.raaderum.company.internal.CompanyRecords.Agreement;
import dk.raaderum.company.internal.CompanyRecords.Company;
import dk.raaderum.company.internal.CompanyRecords.Contact;
import dk.raaderum.company.internal.CompanyRecords.Inquiry;
import dk.raaderum.company.internal.CompanyRecords.Listed;
import dk.raaderum.company.internal.CompanyRecords.Placement;

/** The company tables, always for one municipality. Every save is an upsert on the record's natural key. */
@Repository
class CompanyRepository {

    private final JdbcClient jdbc;

    CompanyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the company was new. */
    boolean save(int code, Company c, boolean synthetic, Instant at) {
        return jdbc.sql("""
                insert into company (municipality_code, cvr, name, industry, size_band, sector, address_municipality,
                    synthetic, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (municipality_code, cvr) do update set name = excluded.name, industry = excluded.industry,
                    size_band = excluded.size_band, sector = excluded.sector,
                    address_municipality = excluded.address_municipality, changed_at = excluded.changed_at
                returning (xmax = 0)""")
                .params(code, c.cvr(), c.name(), c.industry(), c.sizeBand(), c.sector().name(), c.addressMunicipality(),
                        synthetic, Timestamp.from(at)).query(Boolean.class).single();
    }

    boolean save(int code, Contact c) {
        return jdbc.sql("""
                insert into company_contact (municipality_code, cvr, contacted_on, kind, topic) values (?, ?, ?, ?, ?)
                on conflict (municipality_code, cvr, contacted_on, kind) do update set topic = excluded.topic
                returning (xmax = 0)""")
                .params(code, c.cvr(), c.date(), c.kind().name(), c.topic()).query(Boolean.class).single();
    }

    boolean save(int code, Agreement a) {
        return jdbc.sql("""
                insert into company_agreement (municipality_code, cvr, signed_on, ends_on, social_terms)
                values (?, ?, ?, ?, ?)
                on conflict (municipality_code, cvr, signed_on) do update set ends_on = excluded.ends_on,
                    social_terms = excluded.social_terms
                returning (xmax = 0)""")
                .params(code, a.cvr(), a.signedOn(), a.endsOn(), a.socialTerms()).query(Boolean.class).single();
    }

    boolean save(int code, Inquiry i) {
        return jdbc.sql("""
                insert into company_inquiry (municipality_code, ref, cvr, received_at, answered_at, topic)
                values (?, ?, ?, ?, ?, ?)
                on conflict (municipality_code, ref) do update set cvr = excluded.cvr,
                    received_at = excluded.received_at, answered_at = excluded.answered_at, topic = excluded.topic
                returning (xmax = 0)""")
                .params(code, i.ref(), i.cvr(), i.received(), i.answered(), i.topic()).query(Boolean.class).single();
    }

    boolean save(int code, Placement p) {
        return jdbc.sql("""
                insert into company_placement (municipality_code, ref, cvr, kind, started_on, ended_on, citizen_id,
                    outcome, outcome_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (municipality_code, ref) do update set cvr = excluded.cvr, kind = excluded.kind,
                    started_on = excluded.started_on, ended_on = excluded.ended_on, citizen_id = excluded.citizen_id,
                    outcome = excluded.outcome, outcome_on = excluded.outcome_on
                returning (xmax = 0)""")
                .params(code, p.ref(), p.cvr(), p.kind().name(), p.start(), p.end(), p.citizenId(),
                        p.outcome() == null ? null : p.outcome().name(), p.outcomeOn())
                .query(Boolean.class).single();
    }

    boolean exists(int code, String cvr) {
        return jdbc.sql("select exists (select 1 from company where municipality_code = ? and cvr = ?)")
                .params(code, cvr).query(Boolean.class).single();
    }

    Optional<Company> company(int code, String cvr) {
        return jdbc.sql("""
                select cvr, name, industry, size_band, sector, address_municipality from company
                where municipality_code = ? and cvr = ?""")
                .params(code, cvr).query((rs, n) -> new Company(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Sector.valueOf(rs.getString(5)), (Integer) rs.getObject(6)))
                .optional();
    }

    boolean synthetic(int code, String cvr) {
        return jdbc.sql("select synthetic from company where municipality_code = ? and cvr = ?").params(code, cvr)
                .query(Boolean.class).optional().orElse(false);
    }

    List<Listed> companies(int code, LocalDate today) {
        return jdbc.sql("""
                select c.cvr, c.name, c.industry, c.size_band, c.sector, c.address_municipality, c.synthetic,
                    (select count(*) from company_placement p where p.municipality_code = c.municipality_code
                        and p.cvr = c.cvr),
                    exists (select 1 from company_agreement a where a.municipality_code = c.municipality_code
                        and a.cvr = c.cvr and a.signed_on <= ? and (a.ends_on is null or a.ends_on >= ?))
                from company c where c.municipality_code = ? order by c.name""")
                .params(today, today, code)
                .query((rs, n) -> new Listed(new Company(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Sector.valueOf(rs.getString(5)), (Integer) rs.getObject(6)), rs.getBoolean(7),
                        rs.getInt(8), rs.getBoolean(9)))
                .list();
    }

    List<Contact> contacts(int code, String cvr) {
        return jdbc.sql("""
                select cvr, contacted_on, kind, topic from company_contact where municipality_code = ? and cvr = ?
                order by contacted_on desc""")
                .params(code, cvr).query((rs, n) -> new Contact(rs.getString(1), rs.getObject(2, LocalDate.class),
                        ContactKind.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    List<Agreement> agreements(int code, String cvr) {
        return agreements(code, cvr, "and cvr = ?");
    }

    List<Agreement> allAgreements(int code) {
        return agreements(code, null, "");
    }

    private List<Agreement> agreements(int code, String cvr, String filter) {
        var statement = jdbc.sql("select cvr, signed_on, ends_on, social_terms from company_agreement "
                + "where municipality_code = ? " + filter + " order by signed_on desc").param(code);
        if (cvr != null) {
            statement = statement.param(cvr);
        }
        return statement.query((rs, n) -> new Agreement(rs.getString(1), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class), rs.getString(4))).list();
    }

    List<Inquiry> inquiries(int code, String cvr) {
        return jdbc.sql("""
                select ref, cvr, received_at, answered_at, topic from company_inquiry
                where municipality_code = ? and cvr = ? order by received_at desc""")
                .params(code, cvr).query((rs, n) -> new Inquiry(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class), rs.getString(5)))
                .list();
    }

    List<Placement> placements(int code, String cvr) {
        return jdbc.sql("""
                select ref, cvr, kind, started_on, ended_on, citizen_id, outcome, outcome_on from company_placement
                where municipality_code = ? and cvr = ? order by started_on desc""")
                .params(code, cvr).query((rs, n) -> placement(rs)).list();
    }

    List<Placement> placementsOf(int code, long citizen) {
        return jdbc.sql("""
                select ref, cvr, kind, started_on, ended_on, citizen_id, outcome, outcome_on from company_placement
                where municipality_code = ? and citizen_id = ? order by started_on""")
                .params(code, citizen).query((rs, n) -> placement(rs)).list();
    }

    private static Placement placement(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Placement(rs.getString(1), rs.getString(2), PlacementKind.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), (Long) rs.getObject(6),
                rs.getString(7) == null ? null : PlacementOutcome.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDate.class));
    }

    /** Every placement with its company's sector, for the metrics. */
    List<CompanyFigures.Placement> metricPlacements(int code) {
        return jdbc.sql("""
                select p.cvr, p.kind, c.sector, p.started_on, p.ended_on, p.outcome, p.outcome_on
                from company_placement p join company c on c.municipality_code = p.municipality_code and c.cvr = p.cvr
                where p.municipality_code = ?""")
                .param(code).query((rs, n) -> new CompanyFigures.Placement(rs.getString(1),
                        PlacementKind.valueOf(rs.getString(2)), Sector.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6) == null ? null : PlacementOutcome.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    List<CompanyFigures.Inquiry> metricInquiries(int code) {
        return jdbc.sql("select received_at, answered_at from company_inquiry where municipality_code = ?")
                .param(code).query((rs, n) -> new CompanyFigures.Inquiry(rs.getObject(1, LocalDateTime.class),
                        rs.getObject(2, LocalDateTime.class))).list();
    }

    Optional<Double> serviceLevel(int code) {
        return jdbc.sql("select answer_days from company_service_level where municipality_code = ?").param(code)
                .query(Double.class).optional();
    }

    void setServiceLevel(int code, double days, String by, Instant at) {
        jdbc.sql("""
                insert into company_service_level (municipality_code, answer_days, set_by, set_at) values (?, ?, ?, ?)
                on conflict (municipality_code) do update set answer_days = excluded.answer_days,
                    set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(code, days, by, Timestamp.from(at)).update();
    }

    /** The municipality's number of companies per year, with its source. */
    Map<Integer, Integer> population(int code) {
        Map<Integer, Integer> byYear = new LinkedHashMap<>();
        jdbc.sql("select year, companies from company_population where municipality_code = ? order by year")
                .param(code).query(rs -> {
                    byYear.put(rs.getInt(1), rs.getInt(2));
                });
        return byYear;
    }

    void setPopulation(int code, int year, int companies, String source) {
        jdbc.sql("""
                insert into company_population (municipality_code, year, companies, source) values (?, ?, ?, ?)
                on conflict (municipality_code, year) do update set companies = excluded.companies,
                    source = excluded.source""")
                .params(code, year, companies, source).update();
    }

    /** Whether any municipality's company data are the synthetic demo set (the indicators' source then says so). */
    boolean anySynthetic() {
        return jdbc.sql("select exists (select 1 from company where synthetic)").query(Boolean.class).single();
    }

    /** The first day with company data in the municipality, if any. */
    Optional<LocalDate> firstDay(int code) {
        return jdbc.sql("""
                select least((select min(started_on) from company_placement where municipality_code = ?),
                             (select min(received_at)::date from company_inquiry where municipality_code = ?),
                             (select min(signed_on) from company_agreement where municipality_code = ?))""")
                .params(code, code, code).query(LocalDate.class).optional();
    }
}
