package dk.raaderum.partnership.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.raaderum.partnership.Distribution;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.SurveyRole;
import dk.raaderum.partnership.SurveyStatement;

/**
 * Temperature measurements in PostgreSQL. Answers are stored only as counts per statement, role and score
 * (see V6__partnership.sql); an invitation row is deleted when its code is used.
 */
@Repository
class TemperatureRepository {

    /** An unused invitation: the measurement and the role its code answers for. */
    record Invitation(long measurement, SurveyRole role) {
    }

    record Comment(SurveyRole role, String body) {
    }

    private static final SecureRandom SHUFFLE = new SecureRandom();

    private final JdbcClient jdbc;

    TemperatureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new measurement with the current statements of the six recommendations. */
    long create(int municipality, int year, boolean synthetic, String by) {
        long id = jdbc.sql("""
                insert into temperature_measurement (municipality_code, year, synthetic, created_by)
                values (?, ?, ?, ?) returning id""").params(municipality, year, synthetic, by).query(Long.class).single();
        for (Recommendation r : Recommendation.values()) {
            for (int i = 0; i < r.statements().size(); i++) {
                jdbc.sql("insert into temperature_statement (measurement_id, recommendation, position, body) values (?, ?, ?, ?)")
                        .params(id, r.number(), i + 1, r.statements().get(i)).update();
            }
        }
        return id;
    }

    List<Measurement> measurements(int municipality) {
        return jdbc.sql("""
                select id, municipality_code, year, synthetic, created_by, created_at from temperature_measurement
                where municipality_code = ? order by year desc, id desc""")
                .param(municipality).query(TemperatureRepository::measurement).list();
    }

    Optional<Measurement> measurement(int municipality, long id) {
        return jdbc.sql("""
                select id, municipality_code, year, synthetic, created_by, created_at from temperature_measurement
                where municipality_code = ? and id = ?""")
                .params(municipality, id).query(TemperatureRepository::measurement).optional();
    }

    Optional<Measurement> measurement(long id) {
        return jdbc.sql("""
                select id, municipality_code, year, synthetic, created_by, created_at from temperature_measurement
                where id = ?""")
                .param(id).query(TemperatureRepository::measurement).optional();
    }

    /** The measurement before this one (an earlier year, or the same year made earlier), if any. */
    Optional<Measurement> previous(Measurement m) {
        return measurements(m.municipality()).stream()
                .filter(o -> o.year() < m.year() || o.year() == m.year() && o.id() < m.id()).findFirst();
    }

    List<SurveyStatement> statements(long measurement) {
        return jdbc.sql("""
                select id, recommendation, position, body from temperature_statement
                where measurement_id = ? order by recommendation, position""")
                .param(measurement)
                .query((rs, n) -> new SurveyStatement(rs.getLong(1), Recommendation.number(rs.getInt(2)), rs.getInt(3),
                        rs.getString(4)))
                .list();
    }

    /** Stores the codes' hashes and makes sure the role has its (empty) counts, so answers only ever update rows. */
    void addInvitations(long measurement, SurveyRole role, List<byte[]> hashes) {
        for (byte[] hash : hashes) {
            jdbc.sql("insert into temperature_invitation (code_hash, measurement_id, role) values (?, ?, ?)")
                    .params(hash, measurement, role.name()).update();
        }
        jdbc.sql("""
                insert into temperature_tally (statement_id, role, score, answers)
                select s.id, ?, score, 0 from temperature_statement s, generate_series(0, 5) score
                where s.measurement_id = ? on conflict do nothing""").params(role.name(), measurement).update();
    }

    Optional<Invitation> invitation(byte[] hash) {
        return jdbc.sql("select measurement_id, role from temperature_invitation where code_hash = ?").param(hash)
                .query((rs, n) -> new Invitation(rs.getLong(1), SurveyRole.valueOf(rs.getString(2)))).optional();
    }

    /** Uses the code up: true when it was unused (and is now gone), false when another answer took it first. */
    boolean consume(byte[] hash) {
        return jdbc.sql("delete from temperature_invitation where code_hash = ?").param(hash).update() == 1;
    }

    /** Unused codes per role. */
    Map<SurveyRole, Integer> unused(long measurement) {
        Map<SurveyRole, Integer> unused = new EnumMap<>(SurveyRole.class);
        jdbc.sql("select role, count(*) from temperature_invitation where measurement_id = ? group by role")
                .param(measurement).query((rs, n) -> unused.put(SurveyRole.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return unused;
    }

    /**
     * Adds one respondent's answers (score 0 for "ved ikke"). Answers to one measurement are serialised by a row
     * lock, and every count of the measurement is rewritten, so no row version tells which counts the answer changed.
     */
    void record(long measurement, SurveyRole role, Map<Long, Integer> scores) {
        jdbc.sql("select id from temperature_measurement where id = ? for update").param(measurement).query(Long.class)
                .single();
        scores.forEach((statement, score) -> jdbc.sql("""
                update temperature_tally set answers = answers + 1 where statement_id = ? and role = ? and score = ?""")
                .params(statement, role.name(), score).update());
        jdbc.sql("""
                update temperature_tally set answers = answers
                where statement_id in (select id from temperature_statement where measurement_id = ?)""")
                .param(measurement).update();
    }

    /** Adds a comment; the measurement's comments are written again in random order, so their order tells nothing. */
    void addComment(long measurement, SurveyRole role, String body) {
        List<Comment> all = new ArrayList<>(comments(measurement));
        all.add(new Comment(role, body));
        Collections.shuffle(all, SHUFFLE);
        jdbc.sql("delete from temperature_comment where measurement_id = ?").param(measurement).update();
        for (Comment c : all) {
            jdbc.sql("insert into temperature_comment (measurement_id, role, body) values (?, ?, ?)")
                    .params(measurement, c.role().name(), c.body()).update();
        }
    }

    List<Comment> comments(long measurement) {
        return jdbc.sql("select role, body from temperature_comment where measurement_id = ?").param(measurement)
                .query((rs, n) -> new Comment(SurveyRole.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    /** The counts per statement and role. */
    Map<Long, Map<SurveyRole, Distribution>> answers(long measurement) {
        Map<Long, Map<SurveyRole, Distribution>> answers = new HashMap<>();
        jdbc.sql("""
                select t.statement_id, t.role, t.score, t.answers from temperature_tally t
                join temperature_statement s on s.id = t.statement_id
                where s.measurement_id = ? and t.answers > 0""")
                .param(measurement)
                .query((rs, n) -> answers.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(SurveyRole.class))
                        .merge(SurveyRole.valueOf(rs.getString(2)), Distribution.NONE.plus(rs.getInt(3), rs.getInt(4)),
                                Distribution::plus))
                .list();
        return answers;
    }

    long addInterview(long measurement, LocalDate date, SurveyRole role, List<Recommendation> themes, String keyPoints,
            String by) {
        long id = jdbc.sql("""
                insert into temperature_interview (measurement_id, interview_date, role, key_points, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(measurement, date, role.name(), keyPoints, by).query(Long.class).single();
        for (Recommendation r : themes) {
            jdbc.sql("insert into temperature_interview_theme (interview_id, recommendation) values (?, ?) on conflict do nothing")
                    .params(id, r.number()).update();
        }
        return id;
    }

    List<Interview> interviews(long measurement) {
        Map<Long, List<Recommendation>> themes = new HashMap<>();
        jdbc.sql("""
                select t.interview_id, t.recommendation from temperature_interview_theme t
                join temperature_interview i on i.id = t.interview_id where i.measurement_id = ?
                order by t.recommendation""")
                .param(measurement)
                .query((rs, n) -> themes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(Recommendation.number(rs.getInt(2))))
                .list();
        return jdbc.sql("""
                select id, interview_date, role, key_points, created_by from temperature_interview
                where measurement_id = ? order by interview_date, id""")
                .param(measurement)
                .query((rs, n) -> new Interview(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        SurveyRole.valueOf(rs.getString(3)), List.copyOf(themes.getOrDefault(rs.getLong(1), List.of())),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private static Measurement measurement(ResultSet rs, int n) throws SQLException {
        return new Measurement(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
