package dk.raaderum.economy.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dk.raaderum.engine.RefusionTier;
import dk.raaderum.importing.StoredRegister;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;

/** The Økonomi pages' tables, charts and sentences, from the forecast and the business cases. */
final class EconomyPages {

    static final String HIDDEN = "færre end 5";

    private EconomyPages() {
    }

    /** The forecast page: the tables and charts, each with its source. */
    record ForecastView(YearMonth asOf, DataTable total, DataTable groups, DataTable backTest, String fanChart,
            String fanDescription, String hitSentence, String source, boolean synthetic, boolean assumedInterval,
            TierForward tiers) {
    }

    static String source(StoredRegister register) {
        return "Kilde: " + register.source() + (register.synthetic() ? " (syntetisk)" : "") + ", register til "
                + dk.raaderum.engine.IsoWeek.ofIndex(register.lastWeek()) + "; prognose beregnet af Råderum.";
    }

    static ForecastView forecast(EconomyService.Forecast f) {
        String source = source(f.register());
        List<QuarterForecast.Row> totals = f.rows().stream().filter(r -> r.group().equals(Groups.ALL)).toList();
        DataTable.Builder total = DataTable.builder("prognose-i-alt", "Kommunens udgift efter refusion, alle ydelser, pr. kvartal",
                "Kvartal", "Udgift", "Nedre grænse (90 %)", "Øvre grænse (90 %)", "Fuldtidspersoner");
        List<SvgCharts.Point> points = new ArrayList<>();
        for (QuarterForecast.Row r : totals) {
            total.row(Cell.text(quarter(r)), Cell.figure(r.municipalDkk(), Quantity.MILLION_KRONER),
                    Cell.figure(r.lowerDkk(), Quantity.MILLION_KRONER), Cell.figure(r.upperDkk(), Quantity.MILLION_KRONER),
                    Cell.figure(r.fullTimePersons(), Quantity.FULL_TIME));
            points.add(new SvgCharts.Point(quarter(r), r.municipalDkk(), r.lowerDkk(), r.upperDkk()));
        }
        List<QuarterForecast.Row> firstGroupRows = f.rows().stream().filter(r -> r.group().equals(Groups.slug(0))).toList();
        List<String> header = new ArrayList<>(List.of("Ydelsesgruppe"));
        firstGroupRows.forEach(r -> header.add(quarter(r)));
        DataTable.Builder groups = DataTable.builder("prognose-grupper",
                "Kommunens udgift efter refusion pr. ydelsesgruppe og kvartal", header.toArray(String[]::new));
        for (String group : Groups.slugs()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(Groups.name(group))));
            for (QuarterForecast.Row r : f.rows()) {
                if (r.group().equals(group)) {
                    cells.add(f.hiddenGroups().contains(group) ? Cell.text(HIDDEN)
                            : Cell.figure(r.municipalDkk(), Quantity.MILLION_KRONER));
                }
            }
            groups.row(cells);
        }
        DataTable.Builder back = DataTable.builder("prognose-eftertjek",
                "Sidste års prognose mod det faktiske forløb (12 måneders kommunal udgift)",
                "Ydelsesgruppe", "Faktisk", "Prognose", "Prognosens fejl", "Naiv prognose (året før)", "Den naive prognoses fejl");
        String sentence = "Registret rækker ikke to år tilbage, så sidste års prognose kan ikke efterprøves.";
        if (f.backTest().isPresent()) {
            BackTest.Result b = f.backTest().get();
            for (BackTest.Hit h : b.hits()) {
                if (f.hiddenGroups().contains(h.group())) {
                    continue;
                }
                back.row(Cell.text(Groups.name(h.group())), Cell.figure(h.actualDkk(), Quantity.MILLION_KRONER),
                        Cell.figure(h.forecastDkk(), Quantity.MILLION_KRONER),
                        Cell.figure(100 * h.forecastError(), Quantity.PERCENT),
                        Cell.figure(h.naiveDkk(), Quantity.MILLION_KRONER), Cell.figure(100 * h.naiveError(), Quantity.PERCENT));
            }
            sentence = b.total().map(t -> hitSentence(b, t)).orElse(sentence);
        }
        boolean assumed = totals.stream().anyMatch(QuarterForecast.Row::assumedInterval);
        String description = "Vifte-diagram: kommunens forventede udgift efter refusion pr. kvartal med 90 %-interval, fra "
                + (totals.isEmpty() ? "" : DanishFormat.millions(totals.get(0).municipalDkk())) + " i "
                + (totals.isEmpty() ? "" : quarter(totals.get(0))) + ". Tallene står i tabellen.";
        return new ForecastView(f.asOf(), total.source(source).build(), groups.source(source).build(),
                back.source(source).build(), SvgCharts.fan("Forventet udgift efter refusion pr. kvartal", points),
                description, sentence, source, f.register().synthetic(), assumed,
                f.hiddenGroups().contains(Groups.ALL) ? null : TierForward.of(totals, source));
    }

    /**
     * The motorvej's budget per target group against the year's expected cost of its benefit groups (a benefit group
     * may serve two target groups, so the rows are not added up). Hidden groups' rows say so.
     */
    static DataTable budget(YearOutlook outlook, List<dk.raaderum.plan.Motorvej> motorveje,
            java.util.Set<String> hiddenGroups, String source) {
        DataTable.Builder t = DataTable.builder("budget", "Motorvejens budget mod prognosen for " + outlook.year(),
                "Målgruppe", "Budget", "Forventet udgift", "Forskel", "Fuldtidspersoner færre for at lukke forskellen");
        for (dk.raaderum.plan.Motorvej m : motorveje) {
            List<String> groups = m.group().registerGroups();
            if (m.budgetDkk() == null || groups.isEmpty()) {
                t.row(Cell.text(m.group().danish()), Cell.figure(m.budgetDkk(), Quantity.MILLION_KRONER),
                        Cell.text(groups.isEmpty() ? "ingen registergruppe" : DanishFormat.MISSING),
                        Cell.text(DanishFormat.MISSING), Cell.text(DanishFormat.MISSING));
                continue;
            }
            if (groups.stream().anyMatch(hiddenGroups::contains)) {
                t.row(Cell.text(m.group().danish()), Cell.figure(m.budgetDkk(), Quantity.MILLION_KRONER),
                        Cell.text(HIDDEN), Cell.text(HIDDEN), Cell.text(HIDDEN));
                continue;
            }
            BudgetGap gap = outlook.against(m.budgetDkk(), groups);
            t.row(Cell.text(m.group().danish()), Cell.figure(m.budgetDkk(), Quantity.MILLION_KRONER),
                    Cell.figure(gap.expectedDkk(), Quantity.MILLION_KRONER),
                    Cell.figure(gap.gapDkk(), Quantity.MILLION_KRONER.withSign()),
                    Cell.figure(gap.fullTimePersonsToClose(), Quantity.FULL_TIME.withDecimals(1)));
        }
        return t.source(source + " Budget: kommunens motorvej for " + outlook.year() + ".").build();
    }

    /** "Sidste års prognose ramte med 0,2 pct. ved siden af …; den naive … 0,3 pct." */
    static String hitSentence(BackTest.Result b, BackTest.Hit total) {
        return "Sidste års prognose, lavet med data til " + DanishFormat.month(b.origin().atDay(1)) + ", ramte den samlede "
                + "kommunale udgift for de 12 måneder til " + DanishFormat.month(b.last().atDay(1)) + " med "
                + Quantity.PERCENT.text(100 * total.forecastError()) + " ved siden af; en naiv prognose (samme måneder året før) "
                + "ramte " + Quantity.PERCENT.text(100 * total.naiveError()) + " ved siden af"
                + (total.beatsNaive() ? "." : ", så den naive prognose var tættere på i år.");
    }

    static String quarter(QuarterForecast.Row r) {
        return r.firstMonth().getYear() + " K" + ((r.firstMonth().getMonthValue() - 1) / 3 + 1);
    }

    /** The case page's tables and tornado chart. */
    record CaseView(String title, DataTable years, DataTable tiers, String summary, String covers, String tornado,
            String tornadoDescription, String source, boolean synthetic) {
    }

    /** Whom the case covers and what it expects, in a sentence (the whole inflow said plainly). */
    static String covers(CaseInput in, CaseResult r) {
        String who = in.wholeInflow()
                ? "Hele tilgangen: de ca. " + DanishFormat.number(r.citizens(), 0) + " forløb på " + Groups.name(in.group())
                        + ", som registrets egen tilgang (gennemsnittet af de sidste to år pr. måned) venter i casens "
                        + in.years() + " år, får indsatsen"
                : DanishFormat.number(r.citizens(), 0) + " borgere, der starter et forløb på " + Groups.name(in.group())
                        + ", får indsatsen";
        StringBuilder profile = new StringBuilder();
        for (int year = 1; year <= in.years(); year++) {
            profile.append(year == 1 ? "" : ", ").append(DanishFormat.number(100 * in.share(year), 0)).append(" %");
        }
        return who + "; forventet effekt: " + in.effect().danish() + "; andel af den fulde effekt år for år: " + profile
                + ".";
    }

    static CaseView businessCase(EconomyService.Computed c, List<Sensitivity.Swing> swings) {
        CaseResult r = c.result();
        String source = source(c.register()) + " Casen er regnet på " + r.spells() + " forløb på "
                + Groups.name(c.input().group()) + ", der startede i registrets næstsidste år.";
        DataTable.Builder years = DataTable.builder("case-aar", "Investeringscasen år for år", "År",
                "Sparede personuger", "Kommunens besparelse", "Statens besparelse", "Udgift til indsatsen", "Netto for kommunen");
        for (CaseResult.Year y : r.years()) {
            years.row(Cell.text(y.year() + ". år"), Cell.figure(y.savedPersonWeeks(), Quantity.COUNT),
                    Cell.figure(y.municipalSavingsDkk(), Quantity.KRONER), Cell.figure(y.stateSavingsDkk(), Quantity.KRONER),
                    Cell.figure(y.costDkk(), Quantity.KRONER), Cell.figure(y.netDkk(), Quantity.KRONER.withSign()));
        }
        DataTable.Builder tiers = DataTable.builder("case-trin", "Sparede personuger efter refusionstrin", "Refusionstrin",
                "Sparede personuger");
        for (int tier = 1; tier <= 4; tier++) {
            tiers.row(Cell.text(RefusionTier.label(tier)), Cell.figure(r.savedWeeksByTier()[tier], Quantity.COUNT));
        }
        tiers.row(Cell.text("uden refusion/medfinansiering"), Cell.figure(r.savedWeeksByTier()[0], Quantity.COUNT));
        String summary = "Nutidsværdi " + DanishFormat.millions(r.npvDkk()) + " (rente "
                + DanishFormat.number(c.input().discountRate() * 100, 1) + " %); "
                + (r.paybackMonths() == null ? "indsatsen tjener sig ikke hjem inden for " + c.input().years() + " år."
                        : "indsatsen er tjent hjem efter " + r.paybackMonths() + " måneder.");
        List<SvgCharts.Bar> bars = swings.stream().map(s -> new SvgCharts.Bar(s.label(), s.lowNpv(), s.highNpv())).toList();
        StringBuilder description = new StringBuilder("Tornado-diagram over nutidsværdien, "
                + DanishFormat.millions(r.npvDkk()) + " i midten: ");
        for (Sensitivity.Swing s : swings) {
            description.append(s.label()).append(" giver ").append(DanishFormat.millions(s.lowNpv())).append(" til ")
                    .append(DanishFormat.millions(s.highNpv())).append("; ");
        }
        return new CaseView(c.input().title(), years.source(source).build(), tiers.source(source).build(), summary,
                covers(c.input(), r),
                SvgCharts.tornado("Følsomhed: nutidsværdi", r.npvDkk(), bars),
                description.toString().replaceAll("; $", "."), source, c.register().synthetic());
    }
}
