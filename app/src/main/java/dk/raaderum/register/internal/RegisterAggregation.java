package dk.raaderum.register.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dk.raaderum.engine.GroupAccumulator;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.MonthlyRow;
import dk.raaderum.engine.NumberText;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RefusionTier;
import dk.raaderum.engine.RegisterProblem;
import dk.raaderum.engine.RegisterReplay;
import dk.raaderum.engine.RulesTable;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.AggregateRequest;
import dk.raaderum.register.FiguresOutcome;
import dk.raaderum.register.PersonWeeks;
import dk.raaderum.register.WeeksOutcome;
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
            // a run killed outright (kill -9) could not remove its temporary files: this run does
            AtomicFile.removeLeftovers(request.output().toAbsolutePath().getParent());
            if (request.detail() != null) {
                AtomicFile.removeLeftovers(request.detail().toAbsolutePath().getParent());
            }
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
            return new RegisterOutcome.Rejected(request.input() + ": kan ikke læses: "
                    + dk.raaderum.engine.CprShape.shown(e.getMessage().lines().findFirst().orElse("")));
        }
    }

    private RegisterOutcome run(AggregateRequest request, RulesTable rules, RateTable rates, Progress progress)
            throws IOException, SQLException {
        try (DuckDbRegister register = new DuckDbRegister(request.input(), rules, rates, municipalities)) {
            DuckDbRegister.Counts counts = register.prepare();
            ParallelReplay replay = new ParallelReplay(register, rules, rates, municipalities, counts);
            try {
                try {
                    return write(request, rules, replay, false, progress);
                } catch (ArrowRows.Unordered unordered) {
                    return write(request, rules, replay, true, progress);
                }
            } catch (ArrowRows.Faulty faulty) {
                throw register.firstProblem();
            } catch (SQLException unreadable) {
                throw register.firstProblemOr(unreadable);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private RegisterOutcome write(AggregateRequest request, RulesTable rules, ParallelReplay replay, boolean sorted,
            Progress progress) throws IOException, SQLException {
        try (AtomicFile detail = request.detail() == null ? null : new AtomicFile(request.detail());
                AtomicFile output = new AtomicFile(request.output())) {
            DetailRows detailRows = detail == null ? null : new DetailRows(detail.writer(), rules, replay.counts());
            ParallelReplay.Result result = replay.run(sorted, false, detailRows, progress);
            List<MonthlyRow> rows = result.aggregator().rows();
            BufferedWriter out = output.writer();
            out.write(MonthlyRow.HEADER);
            out.write('\n');
            // the numbers are written exactly (BigDecimal), which costs a few tenths of a second: on every core
            for (String line : rows.parallelStream().map(MonthlyRow::toCsv).toList()) {
                out.write(line);
                out.write('\n');
            }
            if (detail != null) {
                detail.commit();
            }
            output.commit();
            return new RegisterOutcome.Aggregated(result.persons(), result.kept(), result.dropped(), rows.size(),
                    result.javaSeconds());
        }
    }

    /** Replays the register (default rules and rates) into monthly figures per benefit group. */
    public FiguresOutcome figures(Path input, Progress progress) {
        try {
            Replayed replayed = replay(input, true, null, progress);
            return new FiguresOutcome.Figures(replayed.result().groups().figures(), replayed.result().persons(),
                    replayed.counts().firstWeek(), replayed.counts().lastWeek());
        } catch (RegisterProblem e) {
            return new FiguresOutcome.Rejected(e.getMessage());
        } catch (IOException | SQLException e) {
            return new FiguresOutcome.Rejected(unreadable(input, e));
        }
    }

    /**
     * Hands every kept person-week (same-week collisions resolved, the rate applied) to {@code sink}, person by person,
     * without the person ids. One part, in person order.
     */
    public WeeksOutcome keptWeeks(Path input, PersonWeeks sink, Progress progress) {
        ParallelReplay.PersonListener listener = new ParallelReplay.PersonListener() {
            @Override
            public void person(String id) {
                sink.person();
            }

            @Override
            public void kept(int week, int municipality, int benefit, double amount, int count, int tier) {
                sink.week(week, municipality, benefit, amount, count, tier);
            }

            @Override
            public void restart() {
                sink.restart();
            }
        };
        try {
            Replayed replayed = replay(input, false, listener, progress);
            return new WeeksOutcome.Read(replayed.result().persons(), replayed.result().kept(),
                    replayed.counts().firstWeek(), replayed.counts().lastWeek());
        } catch (RegisterProblem e) {
            return new WeeksOutcome.Rejected(e.getMessage());
        } catch (IOException | SQLException e) {
            return new WeeksOutcome.Rejected(unreadable(input, e));
        }
    }

    private record Replayed(ParallelReplay.Result result, DuckDbRegister.Counts counts) {
    }

    /** The default rules and rates, in file order when the file is ordered, else sorted by DuckDB. */
    private Replayed replay(Path input, boolean withGroups, ParallelReplay.PersonListener listener, Progress progress)
            throws IOException, SQLException {
        RulesTable rules = RulesTable.defaults();
        RateTable rates = RateTable.defaults();
        try (DuckDbRegister register = new DuckDbRegister(input, rules, rates, municipalities)) {
            DuckDbRegister.Counts counts = register.prepare();
            ParallelReplay replay = new ParallelReplay(register, rules, rates, municipalities, counts);
            try {
                try {
                    return new Replayed(replay.run(false, withGroups, listener, progress), counts);
                } catch (ArrowRows.Unordered unordered) {
                    if (listener != null) {
                        listener.restart();
                    }
                    return new Replayed(replay.run(true, withGroups, listener, progress), counts);
                }
            } catch (ArrowRows.Faulty faulty) {
                throw register.firstProblem();
            } catch (SQLException unreadable) {
                throw register.firstProblemOr(unreadable);
            }
        }
    }

    private static String unreadable(Path input, Exception e) {
        return input + ": kan ikke læses: " + dk.raaderum.engine.CprShape.shown(String.valueOf(e.getMessage()));
    }

    /** The optional detail file: one line per kept person-week (spec § 5). */
    static final class DetailRows implements ParallelReplay.PersonListener {
        static final String HEADER = "person_id;week;municipality;benefit;count;tier;amount_dkk;municipal_share\n";

        private final BufferedWriter out;
        private final String[] benefitCodes;
        private final String[] weekTexts;
        private final int firstWeek;
        private String person;

        DetailRows(BufferedWriter out, RulesTable rules, DuckDbRegister.Counts counts) throws IOException {
            this.out = out;
            this.benefitCodes = rules.all().stream().map(r -> r.code()).toArray(String[]::new);
            this.firstWeek = counts.firstWeek();
            this.weekTexts = new String[counts.lastWeek() - counts.firstWeek() + 1];
            for (int w = 0; w < weekTexts.length; w++) {
                weekTexts[w] = IsoWeek.ofIndex(firstWeek + w).toString();
            }
            out.write(HEADER);
        }

        @Override
        public void person(String id) {
            person = id;
        }

        @Override
        public void kept(int week, int municipality, int benefit, double amount, int count, int tier) {
            double share = tier == 0 ? 0 : RefusionTier.municipalShare(tier);
            try {
                out.write(person + ';' + weekTexts[week - firstWeek] + ';' + NumberText.threeDigits(municipality) + ';'
                        + benefitCodes[benefit] + ';' + count + ';' + tier + ';' + NumberText.of(amount) + ';'
                        + NumberText.of(share) + '\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
