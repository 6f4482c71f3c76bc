package dk.raaderum.register.internal;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dk.raaderum.engine.GroupAccumulator;
import dk.raaderum.engine.MonthlyRow;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RegisterAggregator;
import dk.raaderum.engine.RegisterProblem;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.AggregateRequest;
import dk.raaderum.register.FiguresOutcome;
import dk.raaderum.register.RegisterOutcome;

/**
 * Reads a weekly register (CSV or Parquet) with DuckDB, replays every person through the refusion ledger
 * and writes the monthly aggregate of spec § 5, and optionally the detail. Output files appear only
 * when complete.
 */
public final class RegisterAggregation {

    private final Set<Integer> municipalities = Set.copyOf(ReferenceMunicipalities.populations().keySet());

    public RegisterOutcome aggregate(AggregateRequest request, Progress progress) {
        try {
            RulesTable rules = request.rules() == null ? RulesTable.defaults() : RulesTable.read(request.rules());
            RateTable rates = request.rates() == null ? RateTable.defaults() : RateTable.read(request.rates());
            return run(request, rules, rates, progress);
        } catch (RegisterProblem e) {
            return new RegisterOutcome.Rejected(e.getMessage());
        } catch (NoSuchFileException e) {
            return new RegisterOutcome.Rejected(e.getFile() + ": filen findes ikke");
        } catch (IOException e) {
            return new RegisterOutcome.Rejected("Kunne ikke læse eller skrive: " + e.getMessage());
        } catch (SQLException e) {
            return new RegisterOutcome.Rejected(request.input() + ": kan ikke læses: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private RegisterOutcome run(AggregateRequest request, RulesTable rules, RateTable rates, Progress progress)
            throws IOException, SQLException {
        try (DuckDbRegister register = new DuckDbRegister(request.input(), rules, rates, municipalities)) {
            DuckDbRegister.Counts counts = register.prepare();
            RegisterAggregator aggregator = new RegisterAggregator(rules, counts.firstWeek(), counts.lastWeek());
            try (AtomicFile detail = request.detail() == null ? null : new AtomicFile(request.detail());
                    AtomicFile output = new AtomicFile(request.output())) {
                BufferedWriter detailWriter = detail == null ? null : detail.writer();
                if (detailWriter != null) {
                    detailWriter.write("person_id;week;municipality;benefit;count;tier;amount_dkk;municipal_share\n");
                }
                ReplayBatch batch = new ReplayBatch(aggregator, null, rules, detailWriter);
                replay(register, counts, batch, detailWriter != null, progress);
                List<MonthlyRow> rows = aggregator.rows();
                BufferedWriter out = output.writer();
                out.write(MonthlyRow.HEADER);
                out.write('\n');
                for (MonthlyRow row : rows) {
                    out.write(row.toCsv());
                    out.write('\n');
                }
                if (detail != null) {
                    detail.commit();
                }
                output.commit();
                return new RegisterOutcome.Aggregated(batch.persons, batch.kept, batch.dropped, rows.size(),
                        batch.replayNanos / 1e9);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Streams every row from DuckDB into the batch replay, reporting progress every 65,536 rows. */
    private static void replay(DuckDbRegister register, DuckDbRegister.Counts counts, ReplayBatch batch,
            boolean withText, Progress progress) throws IOException, SQLException {
        progress.begin("Replayer personuger", counts.rows());
        long[] seen = {0};
        register.stream(counts.firstWeek(), withText, (newPerson, week, municipality, benefit, amount, person, text) -> {
            batch.add(newPerson, week, municipality, benefit, amount, person, text);
            if ((++seen[0] & 0xFFFF) == 0) {
                progress.advance(0x10000);
            }
        });
        batch.flush();
        progress.end();
    }

    /** Replays the register (default rules and rates) into monthly figures per benefit group. */
    public FiguresOutcome figures(Path input, Progress progress) {
        RulesTable rules = RulesTable.defaults();
        try (DuckDbRegister register = new DuckDbRegister(input, rules, RateTable.defaults(), municipalities)) {
            DuckDbRegister.Counts counts = register.prepare();
            RegisterAggregator aggregator = new RegisterAggregator(rules, counts.firstWeek(), counts.lastWeek());
            GroupAccumulator groups = new GroupAccumulator(rules, counts.firstWeek(), counts.lastWeek());
            ReplayBatch batch = new ReplayBatch(aggregator, groups, rules, null);
            replay(register, counts, batch, false, progress);
            return new FiguresOutcome.Figures(groups.figures(), batch.persons, counts.firstWeek(), counts.lastWeek());
        } catch (RegisterProblem e) {
            return new FiguresOutcome.Rejected(e.getMessage());
        } catch (IOException | SQLException e) {
            return new FiguresOutcome.Rejected(input + ": kan ikke læses: " + e.getMessage());
        }
    }
}
