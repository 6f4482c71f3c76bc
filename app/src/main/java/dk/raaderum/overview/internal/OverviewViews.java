package dk.raaderum.overview.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import dk.raaderum.benchmark.Benchmark;
import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.plan.DecisionSummary;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.register.RegisterIndicator;
import dk.raaderum.register.RegisterIndicator.Measure;
import dk.raaderum.report.ReportFigures;
import dk.raaderum.report.Summary;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/**
 * The municipality's overview: the answers a committee member wants before any chart, one tile each, every sentence
 * from the report's tested rules ({@link Summary}). Tiles on the plan and the committee's cases appear only for
 * readers of the municipality's own documents.
 */
@Service
class OverviewViews {

    static final String UNEMPLOYED = "ledige_fuldtid";
    static final String UNEMPLOYED_SHARE = "ledige_pct_arbejdsstyrke";
    static final String CASH_BENEFIT = "kontanthjaelp_fuldtid";
    static final String CASH_BENEFIT_SHARE = "kontanthjaelp_pct_befolkning";

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Benchmark benchmark;
    private final PlanFollowUp plan;
    private final MunicipalityAccess access;

    OverviewViews(IndicatorCatalog catalog, IndicatorValues values, Benchmark benchmark, PlanFollowUp plan,
            MunicipalityAccess access) {
        this.catalog = catalog;
        this.values = values;
        this.benchmark = benchmark;
        this.plan = plan;
        this.access = access;
    }

    /**
     * One answer: a headline figure, its sentences, where it comes from, and where to read more.
     *
     * @param synthetic the figures come from the synthetic demo register, and the tile says so
     */
    record Tile(String id, String title, String headline, List<String> sentences, String source, String href,
            String linkText, boolean synthetic) {
    }

    List<Tile> tiles(Municipality m, Authentication user) {
        List<Tile> tiles = new ArrayList<>();
        development(m, UNEMPLOYED, UNEMPLOYED_SHARE, "Ledige").ifPresent(tiles::add);
        development(m, CASH_BENEFIT, CASH_BENEFIT_SHARE, "Kontanthjælp").ifPresent(tiles::add);
        expected(m).ifPresent(tiles::add);
        economy(m).ifPresent(tiles::add);
        if (access.permits(user, m.code(), Need.READ)) {
            tiles.add(goals(m));
            tiles.add(decisions(m));
        } else {
            tiles.add(new Tile("maal", "Beskæftigelsesplanens mål", "Kræver login",
                    List.of("Kommunens mål, deres status og udvalgets sager kan ses af kommunens egne brugere."),
                    null, "/kommune/" + m.code() + "/plan", "Log ind og se planen", false));
        }
        return tiles;
    }

    /** "Ledige: 376 fuldtidspersoner i jul. 2026, 13 færre end …" and the share against the country. */
    private Optional<Tile> development(Municipality m, String countId, String shareId, String title) {
        Optional<Indicator> count = catalog.find(countId);
        Optional<Freshness> fresh = count.flatMap(values::freshness);
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        Period last = KeyFigureViews.lastMonth(fresh.get());
        Period yearBefore = new Period(PeriodType.MONTH, last.start().minusYears(1));
        Double now = value(count.get(), m.asArea(), last);
        Double before = value(count.get(), m.asArea(), yearBefore);
        ReportFigures.KeyFigure figure = KeyFigureViews.figure(count.get(), now, before, null);
        List<String> sentences = new ArrayList<>(List.of(Summary.development(figure, last.danish())));
        catalog.find(shareId).ifPresent(share -> sentences.add(Summary.comparedWithCountry(KeyFigureViews.figure(share,
                value(share, m.asArea(), last), null, value(share, Area.DENMARK, last)))));
        return Optional.of(new Tile(countId, title, now == null ? DanishFormat.MISSING
                : DanishFormat.quantity(now, count.get().unit().decimals(), count.get().unit().danish()), sentences,
                fresh.get().describe(), "/kommune/" + m.code() + "/nogletal/" + countId, "Se udviklingen", false));
    }

    /** Actual against the level the municipality's conditions predict, in persons and kroner, in words. */
    private Optional<Tile> expected(Municipality m) {
        Optional<Indicator> share = catalog.find(CASH_BENEFIT_SHARE);
        Optional<Freshness> fresh = share.flatMap(values::freshness);
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        Period last = KeyFigureViews.lastMonth(fresh.get());
        Optional<BenchmarkResult> result;
        try {
            result = Optional.of(benchmark.run(share.get(), last, Benchmark.DEFAULT_PEERS));
        } catch (IllegalArgumentException noModel) {
            result = Optional.empty();
        }
        Optional<BenchmarkResult.Row> row = result.flatMap(r -> r.municipalities().stream()
                .filter(x -> x.municipality() == m.code()).findFirst());
        ReportFigures.Expected figures = row.map(r -> new ReportFigures.Expected("Kontanthjælp i pct. af de 16-66-årige",
                r.actual(), r.expected(), r.lower(), r.upper(), r.differencePersons(), r.differenceDkk()))
                .orElse(new ReportFigures.Expected("Kontanthjælp i pct. af de 16-66-årige", null, null, null, null, null,
                        null));
        boolean syntheticKroner = result.map(r -> r.costBasis().contains("register")).orElse(false)
                && catalog.find(RegisterIndicator.of(RegisterIndicator.ALL, Measure.MUNICIPAL).id())
                        .map(Indicator::isSynthetic).orElse(false);
        String headline = row.map(r -> r.differencePoints() == null ? DanishFormat.MISSING
                : DanishFormat.signed(r.differencePoints(), 1) + " procentpoint").orElse(DanishFormat.MISSING);
        List<String> sentences = new ArrayList<>(List.of(Summary.expected(figures, last.danish())));
        if (syntheticKroner) {
            sentences.add("Kronebeløbet er beregnet med udgifter fra det syntetiske demoregister.");
        }
        return Optional.of(new Tile("forventet", "I forhold til rammevilkårene", headline, sentences,
                fresh.get().describe(), "/kommune/" + m.code() + "/benchmark", "Se benchmark og sammenlignelige kommuner",
                syntheticKroner));
    }

    /** What transfer payments cost after refusion over the last twelve months, and the part beyond a year. */
    private Optional<Tile> economy(Municipality m) {
        Optional<Indicator> cost = catalog.find(RegisterIndicator.of(RegisterIndicator.ALL, Measure.MUNICIPAL).id());
        Optional<Freshness> fresh = cost.flatMap(values::freshness);
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        Period last = KeyFigureViews.lastMonth(fresh.get());
        Period first = new Period(PeriodType.MONTH, last.start().minusMonths(11));
        Double total = sum(cost.get(), m.asArea(), first, last);
        Double beyondYear = catalog.find(RegisterIndicator.of(RegisterIndicator.ALL, Measure.MUNICIPAL_TIER_4).id())
                .map(i -> sum(i, m.asArea(), first, last)).orElse(null);
        String period = first.danish() + "–" + last.danish();
        return Optional.of(new Tile("oekonomi", "Udgifter efter refusion", DanishFormat.millions(total),
                List.of(Summary.economy(new ReportFigures.Economy(total, beyondYear), period)), fresh.get().describe(),
                "/kommune/" + m.code() + "/oekonomi", "Se udgifterne efter refusionstrin", cost.get().isSynthetic()));
    }

    private Tile goals(Municipality m) {
        Integer year = plan.newestPlanYear(m.code()).orElse(null);
        List<FollowedGoal> goals = year == null ? List.of() : plan.goals(m.code(), year);
        long onTrack = goals.stream().filter(g -> g.assessment().status() == dk.raaderum.plan.GoalStatus.PAA_SPOR).count();
        return new Tile("maal", "Beskæftigelsesplanens mål", goals.isEmpty() ? "Ingen mål"
                : onTrack + " af " + goals.size() + " på sporet",
                List.of(Summary.goals(new ReportFigures.Goals(year, goals.stream().map(g -> g.assessment().status()).toList()))),
                "Status beregnet ud fra de nyeste tal.", "/kommune/" + m.code() + "/plan", "Se planen og målene", false);
    }

    private Tile decisions(Municipality m) {
        List<DecisionSummary> cases = plan.decisions(m.code());
        List<String> sentences = new ArrayList<>(Decisions.sentences(cases));
        long pending = cases.stream().filter(c -> !c.decided()).count();
        return new Tile("beslutninger", "Udvalgets sager", pending == 0 ? "Ingen sager venter"
                : pending + (pending == 1 ? " sag venter" : " sager venter"), sentences, null,
                "/kommune/" + m.code() + "/plan/beslutninger", "Se udvalgets sager", false);
    }

    private Double value(Indicator indicator, Area area, Period period) {
        return values.series(indicator, area, period, period).get(0).value();
    }

    private Double sum(Indicator indicator, Area area, Period first, Period last) {
        double total = 0;
        for (var o : values.series(indicator, area, first, last)) {
            if (o.value() == null) {
                return null;
            }
            total += o.value();
        }
        return total;
    }
}
