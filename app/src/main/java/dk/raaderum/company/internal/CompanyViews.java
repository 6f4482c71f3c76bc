package dk.raaderum.company.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.company.CompanyIndicators;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;

/** The company metrics and the register as tables, read back from the indicator values like every other figure. */
@Component
class CompanyViews {

    /** The metrics the council follows, in the order shown. */
    static final List<String> SHOWN = List.of(CompanyIndicators.COLLABORATING, CompanyIndicators.COLLABORATING_SHARE,
            CompanyIndicators.STARTED, CompanyIndicators.PER_1000, CompanyIndicators.PRIVATE_SHARE,
            CompanyIndicators.IN_WORK_SHARE, CompanyIndicators.MEDIAN_ANSWER, CompanyIndicators.IN_TIME_SHARE,
            CompanyIndicators.AGREEMENTS);

    /** Short column headings, so the table fits a phone; the full names and definitions stand below the table. */
    private static final Map<String, String> HEADINGS = Map.of(CompanyIndicators.COLLABORATING,
            "Virksomheder i samarbejde", CompanyIndicators.COLLABORATING_SHARE, "Andel af kommunens virksomheder (pct.)",
            CompanyIndicators.STARTED, "Påbegyndte forløb", CompanyIndicators.PER_1000,
            "Forløb pr. 1.000 indb. 16-66 år", CompanyIndicators.PRIVATE_SHARE, "Andel i private virksomheder (pct.)",
            CompanyIndicators.IN_WORK_SHARE, "I job eller uddannelse inden 6 mdr. (pct.)", CompanyIndicators.MEDIAN_ANSWER,
            "Svartid, median (dage)", CompanyIndicators.IN_TIME_SHARE, "Svar inden for serviceniveau (pct.)",
            CompanyIndicators.AGREEMENTS, "Partnerskabsaftaler");

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Geography geography;
    private final CompanyRepository repository;

    CompanyViews(IndicatorCatalog catalog, IndicatorValues values, Geography geography, CompanyRepository repository) {
        this.catalog = catalog;
        this.values = values;
        this.geography = geography;
        this.repository = repository;
    }

    /** Each shown metric's values for the periods: indicator id → one value per period. */
    record Metrics(List<Period> periods, List<Indicator> indicators, Map<String, List<Double>> values, String source,
            boolean synthetic) {
    }

    Metrics metrics(int code, Period from, Period to) {
        Area area = geography.municipality(code).orElseThrow().asArea();
        List<Indicator> indicators = SHOWN.stream().map(catalog::find).flatMap(Optional::stream).toList();
        Map<String, List<Double>> byId = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            byId.put(i.id(), values.series(i, area, from, to).stream().map(Observation::value).toList());
        }
        boolean synthetic = indicators.stream().anyMatch(Indicator::isSynthetic);
        String level = repository.serviceLevel(code).map(d -> "Serviceniveau: svar inden for "
                + DanishFormat.number(d, 1) + " dage.").orElse("Intet serviceniveau er fastsat.");
        String source = "Kilde: " + (indicators.isEmpty() ? CompanyIndicatorDefinitions.SOURCE : indicators.get(0).source())
                + ". " + level + " Indeværende periode er foreløbig. Påbegyndte forløb på 1-4 borgere vises ikke.";
        return new Metrics(from.through(to), indicators, byId, source, synthetic);
    }

    /** The last twelve months up to the current one. */
    Metrics lastYear(int code, LocalDate today) {
        Period now = Period.containing(PeriodType.MONTH, today);
        return metrics(code, new Period(PeriodType.MONTH, now.start().minusMonths(11)), now);
    }

    /** The last three complete years. */
    Metrics years(int code, LocalDate today) {
        int last = today.getYear() - 1;
        return metrics(code, Period.year(last - 2), Period.year(last));
    }

    /** One row per period, newest first, one column per metric (the pages). */
    DataTable table(String id, String caption, Metrics m) {
        List<String> header = new ArrayList<>(List.of("Periode"));
        m.indicators().forEach(i -> header.add(heading(i)));
        DataTable.Builder t = DataTable.builder(id, caption(caption, m), header.toArray(String[]::new));
        for (int p = m.periods().size() - 1; p >= 0; p--) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m.periods().get(p).danish())));
            for (Indicator i : m.indicators()) {
                row.add(cell(m, i, p));
            }
            t.row(row);
        }
        return t.source(m.source()).build();
    }

    /** One row per metric, one column per period, oldest first (the report's page is too narrow for ten columns). */
    DataTable byMetric(String id, String caption, Metrics m) {
        List<String> header = new ArrayList<>(List.of("Nøgletal"));
        m.periods().forEach(p -> header.add(p.danish()));
        DataTable.Builder t = DataTable.builder(id, caption(caption, m), header.toArray(String[]::new));
        for (Indicator i : m.indicators()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(heading(i))));
            for (int p = 0; p < m.periods().size(); p++) {
                row.add(cell(m, i, p));
            }
            t.row(row);
        }
        return t.source(m.source()).build();
    }

    private static String caption(String caption, Metrics m) {
        return caption + (m.synthetic() ? " (syntetiske demodata)" : "");
    }

    private static String heading(Indicator i) {
        return HEADINGS.getOrDefault(i.id(), i.name() + " (" + i.unit().danish() + ")");
    }

    private static Cell cell(Metrics m, Indicator i, int p) {
        // a period Råderum has computed always has a count of collaborating companies; before the first record
        // nothing is computed, so a missing count of started efforts there is "ingen data", not withheld
        List<Double> collaborating = m.values().get(CompanyIndicators.COLLABORATING);
        boolean computed = collaborating != null && collaborating.get(p) != null;
        Double v = m.values().get(i.id()).get(p);
        return v == null && computed && i.id().equals(CompanyIndicators.STARTED) ? Cell.suppressed()
                : Cell.figure(v, new Quantity(i.unit().decimals(), "", 1, false));
    }

    DataTable companies(int code, LocalDate today) {
        DataTable.Builder t = DataTable.builder("virksomheder", "Virksomheder, jobcentret samarbejder med", "Virksomhed",
                "CVR-nummer", "Branche", "Størrelse (ansatte)", "Sektor", "Forløb i alt", "Partnerskabsaftale");
        for (CompanyRecords.Listed l : repository.companies(code, today)) {
            CompanyRecords.Company c = l.company();
            t.row(Cell.link(c.name() + (l.synthetic() ? " (syntetisk)" : ""), "/kommune/" + code + "/virksomheder/"
                    + c.cvr()), Cell.text(c.cvr()), Cell.text(c.industry()), Cell.text(c.sizeBand()),
                    Cell.text(c.sector().danish()), Cell.figure((double) l.placements(), Quantity.COUNT),
                    Cell.text(l.agreement() ? "ja" : "nej"));
        }
        return t.source("Kilde: jobcentrets CRM og indtastninger i Råderum.").build();
    }

    record Detail(CompanyRecords.Company company, boolean synthetic, DataTable contacts, DataTable agreements,
            DataTable inquiries, DataTable placements) {
    }

    Optional<Detail> detail(int code, String cvr) {
        return repository.company(code, cvr).map(c -> {
            DataTable.Builder contacts = DataTable.builder("kontakter", "Kontakter og besøg", "Dato", "Form", "Emne");
            repository.contacts(code, cvr).forEach(k -> contacts.row(Cell.text(DanishFormat.date(k.date())),
                    Cell.text(k.kind().danish()), Cell.text(k.topic())));
            DataTable.Builder agreements = DataTable.builder("aftaler", "Partnerskabsaftaler", "Indgået", "Udløber",
                    "Socialt ansvar");
            repository.agreements(code, cvr).forEach(a -> agreements.row(Cell.text(DanishFormat.date(a.signedOn())),
                    Cell.text(a.endsOn() == null ? "løbende" : DanishFormat.date(a.endsOn())), Cell.text(a.socialTerms())));
            DataTable.Builder inquiries = DataTable.builder("henvendelser", "Henvendelser", "Henvendelse", "Modtaget",
                    "Besvaret", "Emne");
            repository.inquiries(code, cvr).forEach(i -> inquiries.row(Cell.text(i.ref()),
                    Cell.text(DanishFormat.date(i.received().toLocalDate()) + " " + i.received().toLocalTime()),
                    Cell.text(i.answered() == null ? "ikke besvaret" : DanishFormat.date(i.answered().toLocalDate())
                            + " " + i.answered().toLocalTime()), Cell.text(i.topic())));
            DataTable.Builder placements = DataTable.builder("forloeb", "Forløb", "Forløb", "Type", "Start", "Slut",
                    "Udfald", "Knyttet til en borger");
            repository.placements(code, cvr).forEach(p -> placements.row(Cell.text(p.ref()), Cell.text(p.kind().danish()),
                    Cell.text(DanishFormat.date(p.start())), Cell.text(p.end() == null ? "i gang" : DanishFormat.date(p.end())),
                    Cell.text(p.outcome() == null ? "" : p.outcome().danish()), Cell.text(p.citizenId() == null ? "nej" : "ja")));
            return new Detail(c, repository.synthetic(code, cvr), contacts.build(), agreements.build(), inquiries.build(),
                    placements.source("Borgeren vises aldrig her; en kobling går kun til progressionsregistret.").build());
        });
    }
}
