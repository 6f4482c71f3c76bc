package dk.raaderum.indicator.internal;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCalculator;
import dk.raaderum.indicator.IndicatorValueWriter;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.NewValue;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;

/** Values in PostgreSQL; each query loads what it needs and lets {@link IndicatorCalculator} do the arithmetic. */
@Service
class JdbcIndicatorValues implements IndicatorValues, IndicatorValueWriter {

    private static final String DERIVE_SQL = """
            insert into indicator_value (indicator_id, area_level, area_code, period_type, period_start, value, import_id)
            select ?, a.area_level, a.area_code, a.period_type, a.period_start,
                   case when a.value is null or b.value is null then null
                        when ? = 'PRODUCT_PERCENT' then a.value * b.value / 100
                        when b.value = 0 then null
                        else a.value * 100 / b.value end,
                   greatest(a.import_id, b.import_id)
            from indicator_value a
            join indicator_value b using (area_level, area_code, period_type, period_start)
            where a.indicator_id = ? and b.indicator_id = ?
            on conflict (indicator_id, area_level, area_code, period_type, period_start)
            do update set value = excluded.value, import_id = excluded.import_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JdbcIndicatorCatalog catalog;
    private final Geography geography;
    private final List<Derivation> derivations = CatalogFile.read().derivations();

    JdbcIndicatorValues(JdbcClient jdbc, JdbcTemplate template, JdbcIndicatorCatalog catalog, Geography geography) {
        this.jdbc = jdbc;
        this.template = template;
        this.catalog = catalog;
        this.geography = geography;
    }

    @Override
    public List<Observation> series(Indicator indicator, Area area, Period from, Period to) {
        IndicatorCalculator calculator = calculator(indicator, from.start(), to.endExclusive());
        return from.through(to).stream().map(p -> calculator.observe(indicator, area, p)).toList();
    }

    @Override
    public List<List<Observation>> series(Indicator indicator, List<Area> areas, Period from, Period to) {
        IndicatorCalculator calculator = calculator(indicator, from.start(), to.endExclusive());
        List<Period> periods = from.through(to);
        return areas.stream().map(a -> periods.stream().map(p -> calculator.observe(indicator, a, p)).toList()).toList();
    }

    @Override
    public List<Double> groupSeries(Indicator indicator, List<Area> members, Period from, Period to) {
        IndicatorCalculator calculator = calculator(indicator, from.start(), to.endExclusive());
        return from.through(to).stream().map(p -> calculator.groupValue(indicator, members, p)).toList();
    }

    @Override
    public List<Observation> snapshot(Indicator indicator, AreaLevel level, Period period) {
        IndicatorCalculator calculator = calculator(indicator, period.start(), period.endExclusive());
        return geography.areas(level).stream().map(a -> calculator.observe(indicator, a, period)).toList();
    }

    private IndicatorCalculator calculator(Indicator indicator, LocalDate from, LocalDate toExclusive) {
        Map<String, Indicator> all = catalog.asMap();
        Set<String> needed = new LinkedHashSet<>();
        collect(indicator, all, needed);
        LoadedValues values = new LoadedValues();
        jdbc.sql("""
                select indicator_id, area_level, area_code, period_type, period_start, value
                from indicator_value
                where indicator_id = any(:ids) and period_start >= :from and period_start < :to""")
                .param("ids", needed.toArray(String[]::new), Types.ARRAY)
                .param("from", from).param("to", toExclusive)
                .query(rs -> {
                    Double value = rs.getObject(6, Double.class); // null when suppressed: must never become 0
                    values.put(new LoadedValues.Key(rs.getString(1), AreaLevel.valueOf(rs.getString(2)), rs.getInt(3),
                            PeriodType.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate()), value);
                });
        return new IndicatorCalculator(all, values,
                area -> geography.municipalitiesIn(area).stream().map(Municipality::asArea).toList());
    }

    private static void collect(Indicator indicator, Map<String, Indicator> all, Set<String> into) {
        if (indicator == null || !into.add(indicator.id())) {
            return;
        }
        if (indicator.isRatio()) {
            collect(all.get(indicator.numeratorId()), all, into);
            collect(all.get(indicator.denominatorId()), all, into);
        }
    }

    @Override
    public Optional<Period> firstMonth(Indicator indicator) {
        String basis = indicator.isRatio() ? indicator.numeratorId() : indicator.id();
        return jdbc.sql("""
                select min(period_start) from indicator_value
                where indicator_id in (:own, :basis) and value is not null""")
                .param("own", indicator.id()).param("basis", basis)
                .query((rs, n) -> rs.getDate(1)).optional().filter(java.util.Objects::nonNull)
                .map(d -> Period.containing(PeriodType.MONTH, d.toLocalDate()));
    }

    /**
     * The newest period with a value. For a share that Råderum computes, the newest period where the numerator has
     * a value and the denominator one that is not zero: a share whose newest months cannot be computed (e.g. spells
     * whose follow-up lies after the register's end) is not fresh in those months.
     */
    @Override
    public Optional<Freshness> freshness(Indicator indicator) {
        return jdbc.sql("""
                with basis as (
                    select period_type, period_start, import_id from indicator_value
                    where indicator_id = :own and value is not null
                    union all
                    select n.period_type, n.period_start, greatest(n.import_id, d.import_id)
                    from indicator_value n join indicator_value d
                      on d.indicator_id = :denominator and d.area_level = n.area_level and d.area_code = n.area_code
                     and d.period_type = n.period_type and d.period_start = n.period_start
                    where n.indicator_id = :numerator and n.value is not null and d.value is not null and d.value <> 0
                )
                select b.period_type, max(b.period_start), max(i.imported_at)
                from basis b join data_import i on i.id = b.import_id
                group by b.period_type
                order by max(b.period_start + case b.period_type when 'MONTH' then 1 when 'QUARTER' then 3 else 12 end
                         * interval '1 month') desc
                limit 1""")
                .param("own", indicator.id())
                .param("numerator", indicator.isRatio() ? indicator.numeratorId() : "")
                .param("denominator", indicator.isRatio() ? indicator.denominatorId() : "")
                .query((rs, n) -> new Freshness(
                        new Period(PeriodType.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate()),
                        rs.getTimestamp(3).toInstant(),
                        indicator.sourceTable() == null ? indicator.source()
                                : indicator.source() + " (" + indicator.sourceTable() + ")"))
                .optional();
    }

    @Override
    public void write(long importId, Collection<NewValue> values) {
        List<Object[]> batch = new ArrayList<>(values.size());
        for (NewValue v : values) {
            batch.add(new Object[] {v.indicatorId(), v.area().level().name(), v.area().code(), v.period().type().name(),
                    v.period().start(), v.value(), importId});
        }
        template.batchUpdate("""
                insert into indicator_value (indicator_id, area_level, area_code, period_type, period_start, value, import_id)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (indicator_id, area_level, area_code, period_type, period_start)
                do update set value = excluded.value, import_id = excluded.import_id""",
                batch, new int[] {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.DATE, Types.DOUBLE,
                    Types.BIGINT});
    }

    @Override
    public void clear(Collection<String> indicatorIds) {
        jdbc.sql("delete from indicator_value where indicator_id = any(:ids)")
                .param("ids", indicatorIds.toArray(String[]::new), Types.ARRAY).update();
    }

    @Override
    public void refreshDerivedSeries(Set<String> changedIndicators) {
        for (Derivation d : derivations) {
            if (!changedIndicators.contains(d.a()) && !changedIndicators.contains(d.b())) {
                continue;
            }
            template.update(DERIVE_SQL, d.targetId(), d.operation().name(), d.a(), d.b());
        }
    }
}
