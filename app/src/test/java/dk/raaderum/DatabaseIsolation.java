package dk.raaderum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.importing.IndicatorsImported;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;

/**
 * Gives every integration-test class the database as the application left it after starting, whatever the
 * classes before it did, so their order does not matter.
 *
 * <p>Once per Spring context (one embedded PostgreSQL), right after it has started and loaded its data, every table
 * is copied into the schema {@code test_isolation}, the sequences' positions are noted, and each table gets a
 * statement-level trigger that notes its name when a statement changes it (a committed change only: a rolled-back
 * transaction takes its note with it). After each test class the rows of the noted tables are put back as they were
 * in one transaction — rows the class removed or rewrote from the copy, rows it added removed — and the sequences are
 * put back. All of this runs as the schema owner (the migrations' login): the application's own login may not change
 * the audit trail, and still may not; the trail's triggers are switched off only inside the restoring transaction.
 *
 * <p>The application's caches key on the data version ({@code data_import}), which the restore takes back to a stamp
 * already seen; so every cache is emptied and {@link IndicatorsImported} is published, as after an import, and
 * nothing computed from the test's data survives it.
 */
public final class DatabaseIsolation implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseIsolation.class);
    private static final String COPY = "test_isolation";
    /** The append-only audit trail (see V4__trust.sql). */
    private static final String AUDIT = "audit_event";
    private static final Logger log = LoggerFactory.getLogger(DatabaseIsolation.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        snapshot(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Snapshot snapshot = snapshot(context);
        long started = System.nanoTime();
        Set<String> restored = snapshot.restore();
        if (!restored.isEmpty()) {
            ApplicationContext app = SpringExtension.getApplicationContext(context);
            CacheManager caches = app.getBean(CacheManager.class);
            caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
            Set<String> all = new LinkedHashSet<>();
            app.getBean(IndicatorCatalog.class).all().stream().map(Indicator::id).forEach(all::add);
            app.publishEvent(new IndicatorsImported(0, all));
        }
        log.info("Databasen tilbage som efter start efter {}: {} ({} ms)", context.getDisplayName(), restored,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The snapshot of this class's context, taken the first time a class runs in it. */
    private static Snapshot snapshot(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(app,
                a -> {
                    long started = System.nanoTime();
                    Snapshot s = Snapshot.take(app.getBean("migrationDataSource", DataSource.class));
                    log.info("Databasen kopieret efter start: {} rækker ({} ms)",
                            s.copied.values().stream().mapToLong(Long::longValue).sum(),
                            (System.nanoTime() - started) / 1_000_000);
                    return s;
                }, Snapshot.class);
    }

    /** The copy of the started database, and how to go back to it. */
    static final class Snapshot {
        private final JdbcClient owner;
        private final TransactionTemplate transaction;
        /** Every table, parents before the tables whose foreign keys point to them. */
        private final List<String> tables;
        private final Map<String, Table> shape = new HashMap<>();
        private final Map<String, Long> sequences;
        /**
         * The transaction that copied the tables or last put them back: every row written before or by it is as in the
         * copy, and a row whose {@code xmin} is younger was written (or rewritten) after it.
         */
        private String cleanAt;

        /** A table's columns that can be written, and its primary key's. */
        private record Table(List<String> columns, List<String> key) {
        }

        /** Rows in each table's copy. */
        private final Map<String, Long> copied = new HashMap<>();
        /** The tables some foreign key points to. */
        private final Set<String> referenced = new LinkedHashSet<>();
        /** The tables of the current restore that were emptied and refilled whole. */
        private final Set<String> refilled = new LinkedHashSet<>();

        private Snapshot(DataSource ownerLogin) {
            owner = JdbcClient.create(ownerLogin);
            transaction = new TransactionTemplate(new DataSourceTransactionManager(ownerLogin));
            Map<String, Set<String>> parents = parents();
            parents.values().forEach(referenced::addAll);
            tables = parentsFirst(owner.sql("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                      and c.relname <> 'flyway_schema_history'
                    order by c.relname""").query(String.class).list(), parents);
            for (String table : tables) {
                List<String> columns = owner.sql("""
                        select quote_ident(attname) from pg_attribute
                        where attrelid = ('public.' || quote_ident(?))::regclass and attnum > 0 and not attisdropped
                          and attgenerated = '' order by attnum""").param(table).query(String.class).list();
                List<String> key = owner.sql("""
                        select quote_ident(a.attname) from pg_index i
                        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                        where i.indrelid = ('public.' || quote_ident(?))::regclass and i.indisprimary
                        order by a.attnum""").param(table).query(String.class).list();
                shape.put(table, new Table(columns, key));
            }
            sequences = sequencePositions();
        }

        static Snapshot take(DataSource ownerLogin) {
            Snapshot s = new Snapshot(ownerLogin);
            s.transaction.executeWithoutResult(status -> {
                s.owner.sql("drop schema if exists " + COPY + " cascade").update();
                s.owner.sql("create schema " + COPY).update();
                s.owner.sql("create table " + COPY + ".changed (table_name text not null)").update();
                // runs as its owner, so the application's login can note a change without any right on the copy
                s.owner.sql("create function " + COPY + ".note_change() returns trigger language plpgsql"
                        + " security definer set search_path = pg_catalog as $$ begin"
                        + " insert into " + COPY + ".changed values (tg_table_name); return null; end $$").update();
                for (String table : s.tables) {
                    String t = quoted(table);
                    s.copied.put(table, (long) s.owner.sql("create unlogged table " + COPY + "." + t
                            + " as table public." + t).update());
                    List<String> key = s.shape.get(table).key();
                    if (!key.isEmpty()) { // the few rows a test touched are looked up in the copy by their key
                        s.owner.sql("alter table " + COPY + "." + t + " add primary key (" + String.join(", ", key)
                                + ")").update();
                    }
                    s.owner.sql("create trigger test_isolation_note after insert or update or delete or truncate on public."
                            + t + " for each statement execute function " + COPY + ".note_change()").update();
                }
                s.cleanAt = s.cleanPoint();
            });
            s.tables.forEach(t -> s.owner.sql("analyze " + COPY + "." + quoted(t)).update()); // good plans for the joins
            return s;
        }

        /**
         * Puts back every table changed since the snapshot, row by row so a large table with a few changed rows
         * costs little: first the rows that went missing (parents first), then the rewritten rows get their old
         * values, then the new rows go (children first) — an order no foreign key can object to, since a row as
         * it was never pointed to a row that came later.
         *
         * @return the tables put back ("sekvenser" if only sequences had moved)
         */
        Set<String> restore() {
            // one transaction, so one login of the owner's: a fresh connection per statement would cost more than the work
            return transaction.execute(status -> {
                Set<String> changed = new LinkedHashSet<>(owner.sql("select distinct table_name from " + COPY
                        + ".changed").query(String.class).list());
                if (changed.isEmpty()) {
                    // setval is not undone by a rollback: the sequences go back last, once the rows are back
                    return resetSequences() ? Set.of("sekvenser") : Set.<String>of();
                }
                List<String> order = tables.stream().filter(changed::contains).toList();
                // the audit trail's own triggers refuse any change; only this transaction may, and only here
                boolean audit = order.contains(AUDIT);
                if (audit) {
                    owner.sql("alter table public." + AUDIT + " disable trigger user").update();
                }
                order.forEach(t -> timed(t, () -> putBackMissingAndRewritten(t)));
                List<String> childrenFirst = new ArrayList<>(order);
                java.util.Collections.reverse(childrenFirst);
                childrenFirst.forEach(t -> timed(t, () -> removeNew(t)));
                if (audit) {
                    owner.sql("alter table public." + AUDIT + " enable trigger user").update();
                }
                owner.sql("truncate " + COPY + ".changed").update();
                resetSequences();
                cleanAt = cleanPoint();
                Set<String> restored = new LinkedHashSet<>();
                order.forEach(t -> restored.add(t + " " + spent.remove(t) / 1_000_000 + " ms"));
                return restored;
            });
        }

        /** Time spent on each table in the current restore, for the log. */
        private final Map<String, Long> spent = new HashMap<>();

        private void timed(String table, Runnable work) {
            long started = System.nanoTime();
            work.run();
            spent.merge(table, System.nanoTime() - started, Long::sum);
        }

        /**
         * This transaction, or just before the oldest other one still running if that is older: what such a
         * transaction writes is not in the copy (or not put back) and must count as written after the clean point.
         */
        private String cleanPoint() {
            return owner.sql("""
                    select least(pg_current_xact_id()::text::bigint,
                                 coalesce((select min(x::text::bigint) from pg_snapshot_xip(pg_current_snapshot()) as x),
                                          9223372036854775807) - 1)::text""").query(String.class).single();
        }

        private String younger(String alias) {
            return "age(" + alias + ".xmin) < age('" + cleanAt + "'::xid)";
        }

        private String sameKey(Table table) {
            return String.join(" and ", table.key().stream().map(k -> "p." + k + " = c." + k).toList());
        }

        private void putBackMissingAndRewritten(String name) {
            Table table = shape.get(name);
            String t = quoted(name);
            String cols = String.join(", ", table.columns());
            if (table.key().isEmpty()) { // no key to match rows by: the whole table again
                owner.sql("delete from public." + t).update();
                owner.sql("insert into public." + t + " (" + cols + ") overriding system value select " + cols
                        + " from " + COPY + "." + t).update();
                return;
            }
            Map<String, Object> counts = owner.sql("select count(*) as rows, count(*) filter (where " + younger("p")
                    + ") as younger from public." + t + " p").query().singleRow();
            long younger = (Long) counts.get("younger");
            if (!referenced.contains(name) && younger > copied.get(name) / 4) {
                // many rows written (a register import): refilling a table no key points to is quicker than a diff
                owner.sql("truncate public." + t).update();
                owner.sql("insert into public." + t + " (" + cols + ") overriding system value select " + cols
                        + " from " + COPY + "." + t).update();
                refilled.add(name);
                return;
            }
            // rows the copy has and the table has not, or has rewritten: |copy| − (|table| − |younger rows|)
            long gone = copied.get(name) - ((Long) counts.get("rows") - younger);
            if (gone == 0) {
                return;
            }
            owner.sql("insert into public." + t + " (" + cols + ") overriding system value select "
                    + String.join(", ", table.columns().stream().map(c -> "c." + c).toList())
                    + " from " + COPY + "." + t + " c where not exists (select 1 from public." + t + " p where "
                    + sameKey(table) + ")").update();
            List<String> values = table.columns().stream().filter(c -> !table.key().contains(c)).toList();
            if (!values.isEmpty()) {
                owner.sql("update public." + t + " p set (" + String.join(", ", values) + ") = row("
                        + String.join(", ", values.stream().map(c -> "c." + c).toList()) + ") from " + COPY + "." + t
                        + " c where " + sameKey(table) + " and " + younger("p")).update();
            }
        }

        private void removeNew(String name) {
            Table table = shape.get(name);
            if (!table.key().isEmpty() && !refilled.remove(name)) {
                String t = quoted(name);
                owner.sql("delete from public." + t + " p where " + younger("p") + " and not exists (select 1 from "
                        + COPY + "." + t + " c where " + sameKey(table) + ")").update();
            }
        }

        /** Puts every sequence back where it stood at the snapshot; true if one had moved. */
        private boolean resetSequences() {
            boolean moved = false;
            for (Map.Entry<String, Long> now : sequencePositions().entrySet()) {
                Long then = sequences.get(now.getKey());
                if (then != null && !then.equals(now.getValue())) {
                    moved = true;
                    // a sequence never used has no last value: the next one is then its start again
                    if (then == Long.MIN_VALUE) {
                        owner.sql("alter sequence public." + quoted(now.getKey()) + " restart").update();
                    } else {
                        owner.sql("select setval('public." + quoted(now.getKey()) + "', " + then + ", true)")
                                .query().singleRow();
                    }
                }
            }
            return moved;
        }

        /** Each sequence's last value given out, or {@code Long.MIN_VALUE} if it gave out none. */
        private Map<String, Long> sequencePositions() {
            Map<String, Long> positions = new HashMap<>();
            owner.sql("select sequencename, coalesce(last_value, " + Long.MIN_VALUE
                    + ") from pg_sequences where schemaname = 'public'")
                    .query(rs -> {
                        positions.put(rs.getString(1), rs.getLong(2));
                    });
            return positions;
        }

        /** For each table, the other tables its foreign keys point to. */
        private Map<String, Set<String>> parents() {
            Map<String, Set<String>> of = new HashMap<>();
            owner.sql("""
                    select c.relname, p.relname from pg_constraint k
                    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
                    join pg_namespace n on n.oid = c.relnamespace
                    where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid""")
                    .query(rs -> {
                        of.computeIfAbsent(rs.getString(1), x -> new LinkedHashSet<>()).add(rs.getString(2));
                    });
            return of;
        }

        /** A topological order: a table comes after every table it points to. */
        private static List<String> parentsFirst(List<String> tables, Map<String, Set<String>> parents) {
            List<String> order = new ArrayList<>();
            Set<String> placed = new LinkedHashSet<>();
            while (order.size() < tables.size()) {
                boolean progress = false;
                for (String t : tables) {
                    if (!placed.contains(t) && placed.containsAll(parents.getOrDefault(t, Set.of()))) {
                        order.add(t);
                        placed.add(t);
                        progress = true;
                    }
                }
                if (!progress) {
                    throw new IllegalStateException("Fremmednøglerne danner en ring: " + tables);
                }
            }
            return order;
        }

        private static String quoted(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }
}
