package dk.raaderum.register.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dk.raaderum.engine.MonthlyRow;
import dk.raaderum.engine.NumberText;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RegisterAggregator;
import dk.raaderum.engine.RegisterProblem;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.AggregateRequest;
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
        } catch (java.nio.file.NoSuchFileException e) {
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
            DuckDbRegister.Counts counts = register.check();
            RegisterAggregator aggregator = new RegisterAggregator(rules, counts.firstWeek(), counts.lastWeek());
            long[] persons = {0};
            try (AtomicFile detail = request.detail() == null ? null : new AtomicFile(request.detail());
                    AtomicFile output = new AtomicFile(request.output())) {
                BufferedWriter detailWriter = detail == null ? null : detail.writer();
                if (detailWriter != null) {
                    detailWriter.write("person_id;week;municipality;benefit;count;tier;amount_dkk;municipal_share\n");
                }
                progress.begin("Replayer personuger", counts.kept());
                String[] previous = {null};
                register.stream((person, week, weekText, municipality, benefit, amount) -> {
                    if (!person.equals(previous[0])) {
                        aggregator.startPerson();
                        previous[0] = person;
                        persons[0]++;
                    }
                    int tier = aggregator.add(week, municipality, benefit, amount);
                    if (detailWriter != null) {
                        int count = tier == 0 ? 0 : aggregator.lastCount();
                        double share = tier == 0 ? 0 : dk.raaderum.engine.RefusionTier.municipalShare(tier);
                        detailWriter.write(person + ';' + weekText + ';' + String.format("%03d", municipality) + ';'
                                + rules.get(benefit).code() + ';' + count + ';' + tier + ';' + NumberText.of(amount)
                                + ';' + NumberText.of(share) + '\n');
                    }
                    progress.advance(1);
                });
                progress.end();
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
                return new RegisterOutcome.Aggregated(persons[0], counts.kept(), counts.rows() - counts.kept(), rows.size());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
