package dk.raaderum.register.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.raaderum.engine.GroupAccumulator;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RegisterAggregator;
import dk.raaderum.engine.RegisterReplay;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.platform.Progress;

/**
 * Streams a register from DuckDB and replays it through {@link RegisterReplay}, one part per core: an
 * ordered Parquet register is cut into person-id ranges, each read, checked and replayed by its own thread
 * into its own aggregator, and the partial sums are added at the end (persons never span two ranges). A
 * register that needs sorting, a CSV register and a run with a listener (the detail file) are replayed as one part.
 */
final class ParallelReplay {

    static final int PARTS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Told of each new person (its id) before the person's kept weeks; the detail file is one. */
    interface PersonListener extends RegisterReplay.KeptWeeks {
        void person(String id);

        /** The first read found the file out of order: everything told so far is void, and it is read again sorted. */
        default void restart() {
        }
    }

    /** The replayed register: aggregate, group figures (when asked for) and counts. */
    record Result(RegisterAggregator aggregator, GroupAccumulator groups, long persons, long kept, long dropped,
            double javaSeconds) {
    }

    private final DuckDbRegister register;
    private final RulesTable rules;
    private final RateTable rates;
    private final Set<Integer> municipalities;
    private final DuckDbRegister.Counts counts;

    ParallelReplay(DuckDbRegister register, RulesTable rules, RateTable rates, Set<Integer> municipalities,
            DuckDbRegister.Counts counts) {
        this.register = register;
        this.rules = rules;
        this.rates = rates;
        this.municipalities = municipalities;
        this.counts = counts;
    }

    DuckDbRegister.Counts counts() {
        return counts;
    }

    /**
     * Replays the whole register. Without {@code sorted} the file must be ordered by person and week, else
     * {@link ArrowRows.Unordered} is thrown; a faulty row throws {@link ArrowRows.Faulty}.
     */
    Result run(boolean sorted, boolean withGroups, PersonListener detail, Progress progress)
            throws IOException, SQLException {
        List<String> bounds = sorted || detail != null ? java.util.Collections.singletonList(null)
                : register.personRanges(PARTS);
        Progress shared = synchronizedProgress(progress);
        shared.begin("Replayer personuger", counts.rows());
        try {
            register.streamsInReaderThreads(bounds.size() > 1);
            if (bounds.size() == 1) {
                return part(sorted, null, null, withGroups, detail, shared);
            }
            return parallel(bounds, withGroups, shared);
        } finally {
            shared.end();
        }
    }

    private Result parallel(List<String> bounds, boolean withGroups, Progress progress)
            throws IOException, SQLException {
        ExecutorService threads = Executors.newFixedThreadPool(bounds.size(), r -> {
            Thread t = new Thread(r, "register-replay");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> parts = new ArrayList<>();
            for (int i = 0; i < bounds.size(); i++) {
                String from = bounds.get(i);
                String to = i + 1 < bounds.size() ? bounds.get(i + 1) : null;
                parts.add(threads.submit(() -> part(false, from, to, withGroups, null, progress)));
            }
            List<Result> done = new ArrayList<>();
            for (Future<Result> part : parts) {
                done.add(await(part));
            }
            return merge(done);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Result await(Future<Result> part) throws IOException, SQLException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("afbrudt", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Result merge(List<Result> parts) {
        Result first = parts.get(0);
        long persons = first.persons();
        long kept = first.kept();
        long dropped = first.dropped();
        double seconds = first.javaSeconds();
        for (Result other : parts.subList(1, parts.size())) {
            first.aggregator().addAll(other.aggregator());
            if (first.groups() != null) {
                other.groups().cells().forEach(first.groups()::add);
            }
            persons += other.persons();
            kept += other.kept();
            dropped += other.dropped();
            seconds += other.javaSeconds();
        }
        return new Result(first.aggregator(), first.groups(), persons, kept, dropped, seconds);
    }

    private Result part(boolean sorted, String from, String to, boolean withGroups,
            PersonListener detail, Progress progress) throws IOException, SQLException {
        int first = counts.firstWeek();
        int last = counts.lastWeek();
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, first, last);
        GroupAccumulator groups = withGroups ? new GroupAccumulator(rules, first, last) : null;
        RegisterReplay replay = new RegisterReplay(rules, rates, first, last, aggregator, groups, detail);
        ArrowRows rows = new ArrowRows(rules, rates, municipalities, first, last, !sorted);
        try (DuckDbRegister.Stream stream = register.stream(sorted, from, to)) {
            rows.read(stream.reader(), new ArrowRows.Sink() {
                @Override
                public void person(String id) {
                    replay.startPerson();
                    if (detail != null) {
                        detail.person(id);
                    }
                }

                @Override
                public void row(int week, int municipality, int benefit, double amount) {
                    replay.add(week, municipality, benefit, amount);
                }
            }, progress::advance);
        }
        replay.finish();
        return new Result(aggregator, groups, replay.persons(), replay.kept(), replay.dropped(), rows.javaSeconds());
    }

    private static Progress synchronizedProgress(Progress progress) {
        return new Progress() {
            @Override
            public synchronized void begin(String task, long total) {
                progress.begin(task, total);
            }

            @Override
            public synchronized void advance(long steps) {
                progress.advance(steps);
            }

            @Override
            public synchronized void end() {
                progress.end();
            }
        };
    }
}
