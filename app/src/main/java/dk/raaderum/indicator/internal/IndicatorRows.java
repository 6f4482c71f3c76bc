package dk.raaderum.indicator.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;

/** The {@code indicator} table. Catalogue order is insertion order (the sequence column). */
@Repository
class IndicatorRows {

    private final JdbcClient jdbc;

    IndicatorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(Indicator i) {
        // numerator and denominator are set in a second statement: they may name indicators defined later
        jdbc.sql("""
                insert into indicator (id, name, unit, source, source_table, description, geo_aggregation,
                    factor, time_rollup, published, good_direction)
                values (:id, :name, :unit, :source, :sourceTable, :description, :geo, :factor, :rollup, :published,
                    :direction)
                on conflict (id) do update set name = excluded.name, unit = excluded.unit, source = excluded.source,
                    source_table = excluded.source_table, description = excluded.description,
                    geo_aggregation = excluded.geo_aggregation, factor = excluded.factor,
                    time_rollup = excluded.time_rollup, published = excluded.published,
                    good_direction = excluded.good_direction""")
                .param("id", i.id()).param("name", i.name()).param("unit", i.unit().name())
                .param("source", i.source()).param("sourceTable", i.sourceTable())
                .param("description", i.description()).param("geo", i.geoAggregation().name())
                .param("factor", i.factor()).param("rollup", i.timeRollUp().name()).param("published", i.published())
                .param("direction", i.goodDirection().name())
                .update();
    }

    void linkFractions(List<Indicator> indicators) {
        for (Indicator i : indicators) {
            jdbc.sql("update indicator set numerator_id = :n, denominator_id = :d where id = :id")
                    .param("n", i.numeratorId()).param("d", i.denominatorId()).param("id", i.id()).update();
        }
    }

    List<Indicator> all() {
        return jdbc.sql("""
                select id, name, unit, source, source_table, description, geo_aggregation, numerator_id,
                       denominator_id, factor, time_rollup, published, good_direction
                from indicator order by ordinal""")
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), Unit.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), GeoAggregation.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getString(9), rs.getDouble(10), TimeRollUp.valueOf(rs.getString(11)),
                        rs.getBoolean(12), GoodDirection.valueOf(rs.getString(13))))
                .list();
    }
}
