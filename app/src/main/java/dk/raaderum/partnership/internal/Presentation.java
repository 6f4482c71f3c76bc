package dk.raaderum.partnership.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.Period;
import dk.raaderum.partnership.FocusRecommendations;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.TemperatureText;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.report.ReportFigures;
import dk.raaderum.report.Reports;
import dk.raaderum.report.Summary;

/**
 * The council presentation of a temperature measurement, in the committee report's style: key figures against the
 * fair benchmark, the survey by recommendation and role with the gaps, the interviews' themes, and the two or three
 * recommendations to focus on with their concrete actions. Every sentence comes from {@link TemperatureText} or the
 * report's {@link Summary}. Interview key points are only in the municipality's own copy, never the network's.
 */
@Service
class Presentation {

    /** A recommendation to focus on: why, and the council's concrete actions under it. */
    record FocusPart(Recommendation recommendation, String why, List<String> comparison, List<String> actions) {
    }

    record Model(String title, Municipality municipality, Measurement measurement, String made, String keyPeriod,
            List<String> summary, DataTable keyFigures, List<String> keyFigureSentences, DataTable byRecommendation,
            DataTable byStatement, List<String> gaps, DataTable comparison, String interviewThemes,
            List<Interview> interviews, List<String> focusIntro, List<FocusPart> focus, String source) {
    }

    private static final Quantity SHARE = new Quantity(2, "", 1, false);
    private static final Quantity DIFFERENCE = new Quantity(2, "", 1, true);
    private static final List<String> SHARES = List.of(NetworkView.UNEMPLOYED, NetworkView.CASH_BENEFIT);

    private final TemperatureComparison comparison;
    private final TemperatureRepository repository;
    private final Figures figures;
    private final Geography geography;
    private final ITemplateEngine templates;
    private final Reports reports;
    private final Clock clock;

    Presentation(TemperatureComparison comparison, TemperatureRepository repository, Figures figures,
            Geography geography, ITemplateEngine templates, Reports reports, Clock clock) {
        this.comparison = comparison;
        this.repository = repository;
        this.figures = figures;
        this.geography = geography;
        this.templates = templates;
        this.reports = reports;
        this.clock = clock;
    }

    String html(Measurement m, boolean ownReader) {
        Context context = new Context(DanishFormat.DANISH, Map.of("p", model(m, ownReader)));
        return templates.process("partnership/presentation", context);
    }

    byte[] pdf(Measurement m, boolean ownReader) {
        return reports.pdf(html(m, ownReader));
    }

    Model model(Measurement m, boolean ownReader) {
        Municipality municipality = geography.municipality(m.municipality()).orElseThrow();
        TemperatureComparison.Comparison c = comparison.compare(m);
        var results = c.current().results();
        String source = TemperatureTables.source(m, municipality.name());
        List<FocusRecommendations.Focus> chosen = FocusRecommendations.choose(results);
        List<String> focusSentences = TemperatureText.focus(chosen);

        Set<String> sources = new LinkedHashSet<>();
        Period period = figures.indicator(NetworkView.CASH_BENEFIT).flatMap(figures::newestQuarter).orElse(null);
        DataTable.Builder key = DataTable.builder("noegletal", "Faktisk mod forventet niveau" + (period == null ? ""
                : ", " + period.danishInFull()), "Andel", "Faktisk, pct.", "Forventet, pct.", "90 %-interval",
                "Forskel, procentpoint", "Sammenlignelige kommuner, pct.");
        List<String> keySentences = new ArrayList<>();
        for (String id : SHARES) {
            Optional<Indicator> share = figures.indicator(id);
            if (share.isEmpty() || period == null) {
                continue;
            }
            Indicator i = share.get();
            figures.freshness(i).ifPresent(f -> sources.add(f.describe()));
            Optional<BenchmarkResult.Row> row = figures.benchmark(i, period, m.municipality());
            keySentences.add(Summary.expected(row.map(r -> new ReportFigures.Expected(i.name(), r.actual(), r.expected(),
                    r.lower(), r.upper(), r.differencePersons(), r.differenceDkk()))
                    .orElse(new ReportFigures.Expected(i.name(), null, null, null, null, null, null)),
                    period.danishInFull()));
            key.row(Cell.text(i.name()), Cell.figure(row.map(BenchmarkResult.Row::actual).orElse(null), SHARE),
                    Cell.figure(row.map(BenchmarkResult.Row::expected).orElse(null), SHARE),
                    Cell.text(row.map(r -> DanishFormat.number(r.lower(), 2) + "–" + DanishFormat.number(r.upper(), 2))
                            .orElse(DanishFormat.MISSING)),
                    Cell.figure(row.map(BenchmarkResult.Row::differencePoints).orElse(null), DIFFERENCE),
                    Cell.figure(row.map(r -> figures.group(i, r.peers(), period)).orElse(null),
                            SHARE));
        }

        List<String> summary = new ArrayList<>();
        summary.add(TemperatureText.responses(results.respondents()));
        summary.addAll(focusSentences.subList(0, 1));
        summary.add(TemperatureText.gaps(results).get(0));
        summary.addAll(keySentences);

        List<FocusPart> focus = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            Recommendation r = chosen.get(k).recommendation();
            List<String> compared = new ArrayList<>();
            compared.add(TemperatureText.sincePrevious(r, c.current().scores().get(r),
                    c.previous().map(p -> p.scores().get(r)).orElse(null),
                    c.previous().map(p -> p.measurement().year()).orElse(null)));
            for (TemperatureComparison.Average a : c.averages()) {
                compared.add(TemperatureText.againstPartnership(r, c.current().scores().get(r), a.scores().get(r),
                        a.members(), a.partnership().name()));
            }
            focus.add(new FocusPart(r, focusSentences.get(k + 1), compared,
                    r.actions().stream().map(a -> a.key() + " " + a.text()).toList()));
        }

        List<Interview> interviews = repository.interviews(m.id());
        Map<Recommendation, Integer> themes = new EnumMap<>(Recommendation.class);
        interviews.forEach(i -> i.themes().forEach(t -> themes.merge(t, 1, Integer::sum)));
        sources.add(source);
        return new Model("Temperaturmåling af beskæftigelsesindsatsen i " + municipality.name() + " Kommune "
                + m.year(), municipality, m, DanishFormat.date(DanishFormat.today(clock)),
                period == null ? DanishFormat.MISSING : period.danishInFull(), summary, key.source(String.join(" ",
                        sources)).build(), keySentences,
                TemperatureTables.byRecommendation(results, "Gennemsnit pr. anbefaling og rolle (skala 1–5)", source),
                TemperatureTables.byStatement(repository.statements(m.id()), results, source),
                TemperatureText.gaps(results), TemperatureTables.comparison(c, source),
                TemperatureText.interviewThemes(interviews.size(), themes), ownReader ? interviews : List.of(),
                focusSentences.subList(0, 1), focus, String.join(" ", sources));
    }
}
