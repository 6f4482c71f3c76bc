package dk.raaderum.partnership.internal;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.importing.IndicatorsImported;
import dk.raaderum.indicator.DataVersion;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.indicator.Unit;
import dk.raaderum.partnership.PracticeText;

/**
 * What happened to a practice's linked indicators since it started: the municipality's value at the start (or the
 * first month with data) and now, the comparable municipalities (from the benchmark of the share, or of the
 * unemployment share for a count) as one group, and the expected level now.
 */
@Service
class PracticeFigures {

    /** One indicator's development, in words, with where the figures come from. */
    record Shown(String indicator, String name, List<String> sentences, String source) {
    }

    /** A development depends only on where and when the practice started, the indicator and the data. */
    private record Key(int municipality, YearMonth start, String indicator, DataVersion.Stamp data) {
    }

    private final Figures figures;
    private final DataVersion version;
    private final Cache<Key, PracticeText.Development> computed = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterAccess(Duration.ofHours(6)).build();

    PracticeFigures(Figures figures, DataVersion version) {
        this.figures = figures;
        this.version = version;
    }

    /** Entries are keyed on the data version and so unreachable after an import; this frees them at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void afterImport(IndicatorsImported imported) {
        computed.invalidateAll();
    }

    List<Shown> developments(Practice p) {
        return developments(p, Integer.MAX_VALUE);
    }

    /** The first {@code limit} indicators' developments (the library's list shows one per card). */
    List<Shown> developments(Practice p, int limit) {
        List<Shown> shown = new ArrayList<>();
        for (String id : p.indicators().stream().limit(limit).toList()) {
            figures.indicator(id).ifPresent(i -> shown.add(new Shown(i.id(), i.name(),
                    PracticeText.sentences(development(p, i)),
                    figures.freshness(i).map(f -> f.describe()).orElse("Kilde: " + i.source() + "."))));
        }
        return shown;
    }

    PracticeText.Development development(Practice p, Indicator i) {
        return computed.get(new Key(p.municipality(), p.start(), i.id(), version.current()), key -> computed(p, i));
    }

    private PracticeText.Development computed(Practice p, Indicator i) {
        Period start = Period.month(p.start().getYear(), p.start().getMonthValue());
        Optional<Period> first = figures.firstMonth(i);
        Optional<Period> to = figures.newestMonth(i);
        boolean share = i.unit() == Unit.PROCENT;
        int decimals = i.unit().decimals();
        if (first.isEmpty() || to.isEmpty() || start.compareTo(to.get()) > 0) {
            return new PracticeText.Development(i.name(), i.unit().danish(), decimals, share, start, null, null, null,
                    null, null, null, null, null, null);
        }
        Period from = first.get().compareTo(start) > 0 ? new Period(PeriodType.MONTH, first.get().start()) : start;
        Indicator peersFrom = share ? i : figures.indicator(NetworkView.UNEMPLOYED).orElse(i);
        Optional<BenchmarkResult.Row> row = peersFrom.unit() == Unit.PROCENT
                ? figures.benchmark(peersFrom, to.get(), p.municipality()) : Optional.empty();
        List<Integer> peers = row.map(BenchmarkResult.Row::peers).orElse(List.of());
        Optional<BenchmarkResult.Row> expected = share ? row : Optional.empty();
        return new PracticeText.Development(i.name(), i.unit().danish(), decimals, share, start, from,
                figures.value(i, p.municipality(), from), to.get(), figures.value(i, p.municipality(), to.get()),
                figures.group(i, peers, from), figures.group(i, peers, to.get()),
                expected.map(BenchmarkResult.Row::expected).orElse(null),
                expected.map(BenchmarkResult.Row::lower).orElse(null),
                expected.map(BenchmarkResult.Row::upper).orElse(null));
    }
}
