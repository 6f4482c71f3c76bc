package dk.raaderum.company.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dk.raaderum.company.CompanyFigures;
import dk.raaderum.company.CompanyFigures.Split;
import dk.raaderum.company.CompanyIndicators;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValueWriter;
import dk.raaderum.indicator.NewValue;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.platform.DanishFormat;

/**
 * Turns a municipality's company data into indicator values, month by month from its first data to now, plus the
 * complete quarters and years where a sum of months would be wrong (distinct companies, medians) or must be withheld
 * together with the months. Runs inside the transaction of the change that caused it, and records a
 * {@code data_import} row so every cache of values sees the new data.
 */
@Service
class CompanyMetrics {

    static final String KIND = "virksomhedsmetrik";

    private final CompanyRepository repository;
    private final IndicatorCatalog catalog;
    private final IndicatorValueWriter writer;
    private final Geography geography;
    private final JdbcClient jdbc;
    private final Clock clock;

    CompanyMetrics(CompanyRepository repository, IndicatorCatalog catalog, IndicatorValueWriter writer,
            Geography geography, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.writer = writer;
        this.geography = geography;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Recomputes every value of the municipality; the number of values written. */
    int recompute(int code, String user) {
        boolean synthetic = repository.anySynthetic();
        CompanyIndicatorDefinitions.all(synthetic).forEach(catalog::define);
        LocalDate today = DanishFormat.today(clock);
        Optional<LocalDate> first = repository.firstDay(code);
        List<NewValue> values = first.map(f -> values(code, f, today)).orElse(List.of());
        long importId = jdbc.sql("""
                insert into data_import (kind, source, file_name, imported_by, value_count, summary)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(KIND, CompanyIndicatorDefinitions.source(synthetic), "virksomhedsdata kommune " + code, user,
                        values.size(), "Virksomhedsmetrikker genberegnet for kommune " + code + ": " + values.size()
                                + " værdier")
                .query(Long.class).single();
        writer.write(importId, values);
        return values.size();
    }

    private List<NewValue> values(int code, LocalDate firstDay, LocalDate today) {
        Area area = geography.municipality(code).orElseThrow().asArea();
        List<CompanyFigures.Placement> placements = repository.metricPlacements(code);
        List<CompanyFigures.Inquiry> inquiries = repository.metricInquiries(code);
        List<CompanyRecords.Agreement> agreements = repository.allAgreements(code);
        Optional<Double> level = repository.serviceLevel(code);
        Map<Integer, Integer> companies = repository.population(code);
        LocalDateTime now = LocalDateTime.now(clock.withZone(DanishFormat.COPENHAGEN));

        List<Period> periods = periods(firstDay, today);
        List<NewValue> out = new ArrayList<>();
        Map<Period, Split> started = new LinkedHashMap<>();
        Map<Period, Split> followed = new LinkedHashMap<>();
        for (Period p : periods) {
            LocalDate from = p.start();
            LocalDate to = p.endExclusive();
            boolean month = p.type() == PeriodType.MONTH;
            out.add(value(CompanyIndicators.COLLABORATING, area, p,
                    (double) CompanyFigures.collaborating(placements, from, to)));
            out.add(value(CompanyIndicators.MEDIAN_ANSWER, area, p,
                    CompanyFigures.medianAnswerDays(inquiries, from, to).orElse(null)));
            started.put(p, CompanyFigures.started(placements, from, to));
            CompanyFigures.followed(placements, from, to, today).ifPresent(s -> followed.put(p, s));
            if (month) {
                if (level.isPresent()) {
                    Split inTime = CompanyFigures.withinServiceLevel(inquiries, from, to, level.get(), now);
                    out.add(value(CompanyIndicators.DECIDED, area, p, (double) inTime.total()));
                    out.add(value(CompanyIndicators.IN_TIME, area, p, (double) inTime.part()));
                }
                LocalDate end = to.isAfter(today) ? today : to.minusDays(1);
                out.add(value(CompanyIndicators.AGREEMENTS, area, p, (double) agreements.stream()
                        .filter(a -> !a.signedOn().isAfter(end) && (a.endsOn() == null || !a.endsOn().isBefore(end)))
                        .count()));
                Integer count = companies.get(from.getYear());
                if (count != null) {
                    out.add(value(CompanyIndicators.COMPANIES, area, p, count.doubleValue()));
                }
            }
        }
        CountProtection.protect(started).forEach((p, s) -> {
            out.add(value(CompanyIndicators.STARTED, area, p, s.total()));
            out.add(value(CompanyIndicators.STARTED_PRIVATE, area, p, s.part()));
        });
        CountProtection.protect(followed).forEach((p, s) -> {
            out.add(value(CompanyIndicators.FOLLOWED, area, p, s.total()));
            out.add(value(CompanyIndicators.IN_WORK, area, p, s.part()));
        });
        return out;
    }

    /**
     * Every month from January of the first day's year to today's, and every quarter and year that has ended. Whole
     * years, so a quarter or year shown always has all its months beside it (a withheld month cannot be found from a
     * quarter whose other months are "missing" but known to be empty).
     */
    static List<Period> periods(LocalDate firstDay, LocalDate today) {
        List<Period> periods = new ArrayList<>();
        LocalDate january = firstDay.withDayOfYear(1);
        for (PeriodType type : PeriodType.values()) {
            for (Period p = Period.containing(type, january); !p.start().isAfter(today); p = p.next()) {
                if (type == PeriodType.MONTH || !p.endExclusive().isAfter(today)) {
                    periods.add(p);
                }
            }
        }
        return periods;
    }

    private static NewValue value(String indicator, Area area, Period period, Double value) {
        return new NewValue(indicator, area, period, value);
    }
}
